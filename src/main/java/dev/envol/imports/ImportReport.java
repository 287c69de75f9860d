package dev.envol.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: servers imported, rows skipped with the reason, the instance type chosen
 * for each server and why, and notes (no links in an inventory, unpriced Windows...).
 *
 * @param imported      names of the VMs that became {@code onprem.server} components
 * @param targetInstances EC2 instances of the target (ASG minimums and EC2 counts)
 * @param targetUsdPerHour on-demand compute price of the priced part of the target, per hour
 */
public record ImportReport(String file, String format, List<String> imported,
                           List<SkippedVm> skipped, List<SizingDecision> sizing,
                           List<String> notes, int applications, long totalCpus,
                           BigDecimal totalMemoryGb, BigDecimal totalStorageGb,
                           int targetInstances, BigDecimal targetUsdPerHour) {
    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        sizing = List.copyOf(sizing);
        notes = List.copyOf(notes);
    }

    public List<SizingDecision> unpriced() {
        return sizing.stream().filter(d -> !d.priced()).toList();
    }

    /** The report for a person, one line each (the command line prints it, the UI shows it). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(format + " import of " + file + ": " + imported.size() + " servers imported in "
            + applications + " applications, " + skipped.size() + " skipped");
        out.add("  current: " + totalCpus + " vCPU, " + plain(totalMemoryGb) + " GB memory, "
            + plain(totalStorageGb) + " GB storage");
        out.add("  target: " + targetInstances + " EC2 instances, $" + plain(targetUsdPerHour
            .setScale(4, RoundingMode.HALF_UP)) + "/hour on demand for the priced ones"
            + (unpriced().isEmpty() ? "" : " (" + unpriced().size() + " unpriced)"));
        for (SkippedVm s : skipped) {
            out.add("  skipped " + s.name() + " (row " + s.row() + "): " + s.reason());
        }
        for (SizingDecision d : sizing) {
            out.add("  " + d.server() + " [" + d.application() + "] needs " + d.need() + " -> "
                + (d.instanceType() == null ? "no type" : d.instanceType()) + " in " + d.target()
                + ": " + d.reason() + "; " + d.priceNote());
        }
        for (String note : notes) {
            out.add("  note: " + note);
        }
        return out;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
