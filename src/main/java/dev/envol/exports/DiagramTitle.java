package dev.envol.exports;

import dev.envol.model.ArchitectureKind;
import java.time.LocalDate;

/** The title line every exported diagram carries. */
public final class DiagramTitle {
    private DiagramTitle() {
    }

    /**
     * {@code Betting platform migration · Target architecture · 2026-11-27 · prices as of
     * 2026-10-01}; the date is passed in so that an export is a pure function of its inputs.
     *
     * @param catalogDate the price catalog's date, or {@code null} when no prices were used
     */
    public static String of(String modelName, ArchitectureKind kind, LocalDate date,
                            LocalDate catalogDate) {
        String architecture = kind == ArchitectureKind.CURRENT
            ? "Current architecture" : "Target architecture";
        return modelName + " \u00b7 " + architecture + " \u00b7 " + date
            + (catalogDate == null ? "" : " \u00b7 prices as of " + catalogDate);
    }
}
