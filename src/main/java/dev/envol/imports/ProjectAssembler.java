package dev.envol.imports;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Criticality;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the servers read from an inventory into a model: one application per distinct
 * application value (rehost), one {@code onprem.server} per VM, and the right-sized target where
 * the servers of an application that came out identical (type, OS, disk) form one Auto Scaling
 * group. Windows groups stay {@code aws.ec2} with a count: an ASG has no OS property, so it would
 * be priced as Linux.
 */
final class ProjectAssembler {
    private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);
    private static final String NO_APPLICATION = "unassigned";

    private final String file;
    private final String format;
    private final ImportOptions options;
    private final SafeIds ids = new SafeIds();
    private final List<String> notes = new ArrayList<>();

    ProjectAssembler(Path file, String format, ImportOptions options) {
        this.file = file.toString();
        this.format = format;
        this.options = options;
    }

    ImportResult assemble(List<InventoryServer> servers, List<SkippedVm> skipped) {
        Map<String, String> appIds = new LinkedHashMap<>();
        List<Application> applications = new ArrayList<>();
        for (InventoryServer s : servers) {
            String value = appValue(s);
            appIds.computeIfAbsent(value, v -> {
                String id = ids.next(v);
                applications.add(Application.of(id, v, null, Strategy.REHOST,
                    Criticality.MEDIUM));
                return id;
            });
        }
        RightSizer sizer = new RightSizer(options.sizing(), options.catalog(), options.region());
        List<Component> current = new ArrayList<>();
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        long totalCpus = 0;
        BigDecimal memory = BigDecimal.ZERO;
        BigDecimal storage = BigDecimal.ZERO;
        int done = 0;
        for (InventoryServer s : servers) {
            String app = appIds.get(appValue(s));
            Component server = currentServer(s, app);
            current.add(server);
            totalCpus += s.cpus();
            memory = memory.add(gib(s.memoryMib(), 2));
            if (s.provisionedMib() != null) {
                storage = storage.add(gibCeiling(s.provisionedMib()));
            }
            InstanceChoice choice = sizer.size(s);
            BigDecimal ebs = ebsGb(s);
            GroupKey key = new GroupKey(app, choice.spec() == null ? null
                : choice.spec().instanceType(), s.windows(), ebs);
            groups.computeIfAbsent(key, k -> new Group()).add(s, choice);
            if (++done % 256 == 0) {
                checkProgress("sizing", done);
            }
        }
        TargetResult target = new TargetBuilder(ids).build(groups.entrySet());
        notes.add("an inventory has no dependencies: no links were created in either"
            + " architecture; add them before planning waves");
        notes.addAll(target.notes());
        if (!options.onPremCosts().none()) {
            notes.add("current costs are assumptions, not figures from the file: "
                + describe(options.onPremCosts()) + "; edit the servers' cost properties");
        }
        if (servers.stream().anyMatch(s -> s.provisionedMib() == null)) {
            notes.add("the file has no storage figures for some servers: their EBS volumes are"
                + " not sized (ebsGb left out)");
        }
        long unpricedWindows = target.decisions().stream()
            .filter(d -> !d.priced() && d.priceNote().contains("Windows")).count();
        if (unpricedWindows > 0) {
            notes.add(unpricedWindows + " Windows server(s) have no Windows price in "
                + options.region() + " in the catalog: estimate lists their target as unpriced"
                + " (never 0)");
        }
        checkProgress("building the model", done);
        Settings settings = Settings.defaults().withRegion(options.region());
        Project project = new Project(Project.FORMAT, "Imported from "
            + Path.of(file).getFileName(), settings, applications,
            ModelLayout.place(Architecture.of(current, List.of())),
            ModelLayout.place(Architecture.of(target.components(), List.of())), null, null);
        ImportReport report = new ImportReport(file, format,
            servers.stream().map(InventoryServer::name).toList(), skipped, target.decisions(),
            notes, applications.size(), totalCpus, memory, storage, target.instances(),
            target.usdPerHour());
        return new ImportResult(project, report);
    }

    private static String describe(OnPremCostRates r) {
        return "hardware $" + r.hardwarePerVcpu() + "/vCPU + $" + r.hardwarePerMemoryGb()
            + "/GB memory + $" + r.hardwarePerStorageGb() + "/GB storage over "
            + r.amortizationMonths() + " months, licences $" + r.licencePerVcpuMonthly()
            + "/vCPU/month (+$" + r.windowsLicencePerVcpuMonthly() + " Windows), support "
            + r.supportPctPerYear() + "% of hardware a year, hosting $" + r.hostingMonthly()
            + "/server/month";
    }

    private void checkProgress(String step, long done) {
        options.progress().update(step, done);
        if (options.progress().cancelled()) {
            throw new ImportCancelledException(file);
        }
    }

    private static String appValue(InventoryServer s) {
        return s.application() == null || s.application().isBlank() ? NO_APPLICATION
            : s.application().trim();
    }

    private Component currentServer(InventoryServer s, String app) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("cpus", s.cpus());
        props.put("memoryGb", gib(s.memoryMib(), 2));
        if (s.provisionedMib() != null) {
            props.put("storageGb", gibCeiling(s.provisionedMib()));
        }
        if (s.os() != null && !s.os().isBlank()) {
            props.put("os", s.os());
        }
        if (s.cpuUtilPct() != null) {
            props.put("cpuUtilPct", s.cpuUtilPct());
        }
        if (s.memUtilPct() != null) {
            props.put("memUtilPct", s.memUtilPct().setScale(1, RoundingMode.HALF_UP));
        }
        props.putAll(options.onPremCosts().props(s.cpus(), gib(s.memoryMib(), 2),
            s.provisionedMib() == null ? null : gibCeiling(s.provisionedMib()), s.windows()));
        Map<String, String> tags = new LinkedHashMap<>(s.tags());
        if (s.usedMib() != null) {
            tags.put("usedStorageGb", gibCeiling(s.usedMib()).toPlainString());
        }
        return new Component(ids.next(s.name()), s.name(), "onprem.server", app,
            Props.of(props), null, tags, false, null, null);
    }

    /** gp3 sized from what is used (a new volume need not copy free space), else provisioned. */
    private static BigDecimal ebsGb(InventoryServer s) {
        BigDecimal mib = s.usedMib() != null ? s.usedMib() : s.provisionedMib();
        return mib == null ? null : gibCeiling(mib);
    }

    static BigDecimal gib(BigDecimal mib, int scale) {
        return mib.divide(MIB_PER_GIB, scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal gibCeiling(BigDecimal mib) {
        return mib.divide(MIB_PER_GIB, 0, RoundingMode.CEILING);
    }

    /** Servers that end up identical in the target. */
    record GroupKey(String application, String instanceType, boolean windows, BigDecimal ebsGb) {
    }

    /** The servers of one group with their sizing. */
    static final class Group {
        final List<InventoryServer> servers = new ArrayList<>();
        final List<InstanceChoice> choices = new ArrayList<>();

        void add(InventoryServer server, InstanceChoice choice) {
            servers.add(server);
            choices.add(choice);
        }
    }
}
