package dev.envol.imports;

import dev.envol.imports.Columns.Column;
import dev.envol.model.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RVTools vInfo (xlsx, or the sheet saved as CSV with {@code ,} or {@code ;}): one server per
 * powered-on VM that is not a template. Column names of RVTools 4.x ({@code Provisioned MiB},
 * {@code In Use MiB}) and older versions ({@code Provisioned MB}, {@code In Use MB}) are both
 * read; RVTools' "MB" columns are MiB too. The OS is what VMware Tools reports when it runs,
 * else the configuration file's.
 */
public final class RvToolsImporter implements Importer {
    static final String SHEET = "vInfo";

    @Override
    public String format() {
        return "rvtools";
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options) {
        InventoryFiles.check(file);
        boolean xlsx = InventoryFiles.isZip(file);
        String where = xlsx ? file + ", sheet " + SHEET : file.toString();
        Reader reader = new Reader(where, options);
        try {
            if (xlsx) {
                new XlsxSheetReader(file.toString()).read(file, SHEET, reader);
            } else {
                new CsvTableReader(file.toString()).read(file, reader);
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
        if (reader.columns == null) {
            throw new InputException(where + ": empty (no header row)");
        }
        if (reader.servers.isEmpty() && reader.skipped.isEmpty()) {
            throw new InputException(where + ": no VM rows under the header");
        }
        return new ProjectAssembler(file, format(), options)
            .assemble(reader.servers, reader.skipped);
    }

    /** Reads the vInfo rows as they stream. */
    private static final class Reader implements TableVisitor {
        private final String where;
        private final ImportOptions options;
        private final RowCounter counter;
        final List<InventoryServer> servers = new ArrayList<>();
        final List<SkippedVm> skipped = new ArrayList<>();
        Columns columns;
        private Column vm;
        private Column power;
        private Column template;
        private Column cpus;
        private Column memory;
        private Column provisioned;
        private Column used;
        private Column osConfig;
        private Column osTools;
        private Column application;
        private boolean applicationIsFolder;
        private final Map<String, Column> tagColumns = new LinkedHashMap<>();

        Reader(String where, ImportOptions options) {
            this.where = where;
            this.options = options;
            this.counter = new RowCounter(where, options.progress());
        }

        @Override
        public void header(List<String> names) {
            columns = new Columns(where, names);
            vm = columns.require("VM");
            power = columns.require("Powerstate", "Power state");
            cpus = columns.require("CPUs");
            memory = columns.require("Memory");
            provisioned = columns.require("Provisioned MiB", "Provisioned MB");
            template = columns.find("Template").orElse(null);
            used = columns.find("In Use MiB", "In Use MB").orElse(null);
            osConfig = columns.find("OS according to the configuration file", "OS").orElse(null);
            osTools = columns.find("OS according to the VMware Tools").orElse(null);
            if (options.applicationColumn() != null) {
                application = columns.require(options.applicationColumn());
            } else {
                application = columns.find("Application").orElse(null);
                if (application == null) {
                    application = columns.find("Folder").orElse(null);
                }
            }
            // A folder is a path (/Prod/login): its last part names the application.
            applicationIsFolder = application != null
                && application.name().trim().equalsIgnoreCase("Folder");
            for (String tag : List.of("Datacenter", "Cluster", "Host")) {
                columns.find(tag).ifPresent(c -> tagColumns.put(tag.toLowerCase(Locale.ROOT), c));
            }
        }

        @Override
        public void row(SheetRow row) {
            counter.next();
            String name = columns.text(row, vm);
            if (name.isEmpty()) {
                throw new InputException(where + ", row " + row.number() + ", column \""
                    + vm.name() + "\": empty, a VM name is required");
            }
            if (template != null && columns.flag(row, template)) {
                skipped.add(new SkippedVm(name, row.number(), "template"));
                return;
            }
            String state = columns.text(row, power);
            if (!state.equalsIgnoreCase("poweredOn")) {
                skipped.add(new SkippedVm(name, row.number(), "not powered on ("
                    + (state.isEmpty() ? "no power state" : state) + ")"));
                return;
            }
            int cpu = columns.requiredWhole(row, cpus);
            BigDecimal mem = columns.requiredNumber(row, memory);
            BigDecimal prov = columns.requiredNumber(row, provisioned);
            BigDecimal inUse = used == null ? null : columns.number(row, used);
            String tools = columns.text(row, osTools);
            String os = tools.isEmpty() ? columns.text(row, osConfig) : tools;
            Map<String, String> tags = new LinkedHashMap<>();
            tagColumns.forEach((key, c) -> {
                String value = columns.text(row, c);
                if (!value.isEmpty()) {
                    tags.put(key, value);
                }
            });
            servers.add(new InventoryServer(name, applicationOf(row), cpu, mem, prov, inUse,
                os.isEmpty() ? null : os, null, null, tags));
        }

        private String applicationOf(SheetRow row) {
            String value = columns.text(row, application);
            if (applicationIsFolder) {
                String[] parts = value.split("/");
                value = parts.length == 0 ? "" : parts[parts.length - 1];
            }
            return value;
        }
    }
}
