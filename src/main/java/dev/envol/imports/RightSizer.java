package dev.envol.imports;

import dev.envol.pricing.InstanceSpec;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks, for each server, the smallest current-generation EC2 instance type that fits it: fewest
 * vCPUs, then least memory, then cheapest, among the allowed classes (Graviton only when allowed,
 * never for Windows). What must fit is the allocation, or the peak use plus headroom when the
 * inventory has utilisation. Types priced in the region come first: a type AWS does not sell
 * there is no suggestion. Candidates are sorted once, so sizing 10,000 servers is a short scan
 * each.
 */
public final class RightSizer {
    /** Families AWS lists as previous generation (still sold, but dearer for less). */
    static final Set<String> PREVIOUS_GENERATION = Set.of("m1", "m2", "m3", "m4", "c1", "c3",
        "c4", "r3", "r4", "t1", "t2", "i2", "d2", "x1", "x1e", "g2", "g3", "p2", "cc2", "cr1",
        "hs1");
    private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SizingPolicy policy;
    private final PriceCatalog catalog;
    private final String region;
    private final List<Candidate> priced = new ArrayList<>();
    private final List<Candidate> unpriced = new ArrayList<>();
    private final Map<String, PriceResult> windowsPrices = new HashMap<>();
    private final Map<Shape, InstanceChoice> choices = new HashMap<>();

    public RightSizer(SizingPolicy policy, PriceCatalog catalog, String region) {
        this.policy = policy;
        this.catalog = catalog;
        this.region = region;
        for (InstanceSpec spec : catalog.instanceTypes()) {
            if (!allowed(spec)) {
                continue;
            }
            PriceResult price = catalog.lookup(PriceQuery.of("ec2", region, spec.instanceType())
                .with("os", "linux"));
            if (price instanceof Price p) {
                priced.add(new Candidate(spec, p.usdPerUnit()));
            } else {
                unpriced.add(new Candidate(spec, null));
            }
        }
        Comparator<Candidate> smallest = Comparator
            .comparingInt((Candidate c) -> c.spec.vcpu())
            .thenComparing(c -> c.spec.memoryGib())
            .thenComparing(c -> c.usdPerHour, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.spec.instanceType());
        priced.sort(smallest);
        unpriced.sort(smallest);
    }

    private boolean allowed(InstanceSpec spec) {
        String family = spec.family();
        if (PREVIOUS_GENERATION.contains(family) || spec.size().contains("metal")) {
            return false;
        }
        if (!policy.graviton() && isArm(spec)) {
            return false;
        }
        return policy.classes().contains(instanceClass(family));
    }

    /** "m7i-flex" -> "m", "hpc7a" -> "hpc": the letters before the generation digit. */
    static String instanceClass(String family) {
        int i = 0;
        while (i < family.length() && Character.isLetter(family.charAt(i))) {
            i++;
        }
        return family.substring(0, i);
    }

    private static boolean isArm(InstanceSpec spec) {
        return spec.arch().toLowerCase(Locale.ROOT).startsWith("arm");
    }

    InstanceChoice size(InventoryServer server) {
        // Estates repeat a handful of shapes: size each shape once.
        return choices.computeIfAbsent(new Shape(server.cpus(), server.memoryMib(),
            server.cpuUtilPct(), server.memUtilPct(), server.windows()), k -> sizeOnce(server));
    }

    private InstanceChoice sizeOnce(InventoryServer server) {
        BigDecimal memGib = server.memoryMib().divide(MIB_PER_GIB, 3, RoundingMode.HALF_UP);
        BigDecimal factor = BigDecimal.ONE.add(policy.headroomPct().divide(HUNDRED));
        int vcpu = server.cpus();
        BigDecimal mem = memGib;
        List<String> basis = new ArrayList<>();
        boolean capped = false;
        if (server.cpuUtilPct() != null) {
            vcpu = Math.max(1, BigDecimal.valueOf(server.cpus()).multiply(server.cpuUtilPct())
                .divide(HUNDRED).multiply(factor).setScale(0, RoundingMode.CEILING).intValue());
            basis.add("peak " + plain(server.cpuUtilPct()) + "% CPU");
            if (vcpu > server.cpus()) {
                // The server copes with its allocation today: headroom never sizes above it.
                vcpu = server.cpus();
                capped = true;
            }
        }
        if (server.memUtilPct() != null) {
            mem = memGib.multiply(server.memUtilPct()).divide(HUNDRED).multiply(factor)
                .setScale(2, RoundingMode.CEILING);
            basis.add("peak " + plain(server.memUtilPct()) + "% memory");
            if (mem.compareTo(memGib) > 0) {
                mem = memGib;
                capped = true;
            }
        }
        String why = basis.isEmpty() ? "as allocated"
            : String.join(", ", basis) + " + " + plain(policy.headroomPct()) + "% headroom"
                + (capped ? ", capped at the allocation" : "");
        String need = vcpu + " vCPU, " + plain(mem) + " GiB (" + why + ")";
        boolean windows = server.windows();
        Candidate fit = first(priced, vcpu, mem, windows);
        boolean inRegion = fit != null;
        if (fit == null) {
            fit = first(unpriced, vcpu, mem, windows);
        }
        if (fit == null) {
            return new InstanceChoice(need, null, "no allowed type (" + classes() + ") has "
                + vcpu + " vCPU and " + plain(mem) + " GiB", null, "not sized");
        }
        InstanceSpec spec = fit.spec;
        String reason = "smallest current-generation " + classes() + (windows ? " x86" : "")
            + " type with at least " + vcpu + " vCPU and " + plain(mem) + " GiB"
            + (inRegion ? " priced in " + region : " (none of the fitting types is priced in "
                + region + ")") + ": " + spec.vcpu() + " vCPU, " + plain(spec.memoryGib())
            + " GiB";
        return windows ? windowsChoice(need, spec, reason)
            : new InstanceChoice(need, spec, reason, fit.usdPerHour, fit.usdPerHour == null
                ? "unpriced: no Linux price for " + spec.instanceType() + " in " + region
                : "$" + plain(fit.usdPerHour) + "/hour Linux on demand");
    }

    private InstanceChoice windowsChoice(String need, InstanceSpec spec, String reason) {
        PriceResult result = windowsPrices.computeIfAbsent(spec.instanceType(), type ->
            catalog.lookup(PriceQuery.of("ec2", region, type).with("os", "windows")));
        if (result instanceof Price p) {
            return new InstanceChoice(need, spec, reason, p.usdPerUnit(),
                "$" + plain(p.usdPerUnit()) + "/hour Windows (License Included) on demand, "
                + p.source() + ", as of " + p.asOf());
        }
        String why = ((dev.envol.pricing.Unpriced) result).reason();
        return new InstanceChoice(need, spec, reason, null, "UNPRICED (Windows): " + why
            + "; the estimate lists it as unpriced, never as 0");
    }

    private static Candidate first(List<Candidate> list, int vcpu, BigDecimal mem,
                                   boolean x86Only) {
        for (Candidate c : list) {
            if (c.spec.vcpu() >= vcpu && c.spec.memoryGib().compareTo(mem) >= 0
                    && !(x86Only && isArm(c.spec))) {
                return c;
            }
        }
        return null;
    }

    private String classes() {
        return String.join("/", policy.classes().stream().sorted().toList());
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** What sizing depends on (BigDecimals compared by value: 4096 and 4096.0 are one shape). */
    private record Shape(int cpus, BigDecimal memoryMib, BigDecimal cpuUtilPct,
                         BigDecimal memUtilPct, boolean windows) {
        Shape {
            memoryMib = strip(memoryMib);
            cpuUtilPct = strip(cpuUtilPct);
            memUtilPct = strip(memUtilPct);
        }

        private static BigDecimal strip(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }

    private record Candidate(InstanceSpec spec, BigDecimal usdPerHour) {
    }
}
