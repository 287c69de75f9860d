package dev.envol.ui.inspector;

import dev.envol.catalog.Bounds;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The model settings the inspector edits, each with how to read it as text and how to build the
 * changed settings from text (or refuse it with the reason).
 */
final class SettingsFields {
    record Field(String key, Function<Settings, String> read,
                 BiFunction<Settings, String, Settings> write) {
    }

    private SettingsFields() {
    }

    static final List<Field> ALL = List.of(
        new Field("region", Settings::region, (s, t) -> with(s, "region", nonEmpty(t))),
        new Field("currency", Settings::currency, (s, t) -> with(s, "currency", nonEmpty(t).toUpperCase())),
        new Field("usdToCurrency", s -> plain(s.usdToCurrency()), (s, t) -> with(s, "usdToCurrency", positive(t, "usdToCurrency"))),
        new Field("pricing", s -> s.pricing().key(), (s, t) -> with(s, "pricing", option(t))),
        new Field("horizonMonths", s -> String.valueOf(s.horizonMonths()),
            (s, t) -> with(s, "horizonMonths", positive(t, "horizonMonths").intValueExact())),
        new Field("dayRate", s -> plain(s.dayRate()), (s, t) -> with(s, "dayRate", positive(t, "dayRate"))),
        new Field("discountRate", s -> plain(s.discountRate()), (s, t) -> with(s, "discountRate", positive(t, "discountRate"))),
        new Field("maxApplicationsPerWave", s -> String.valueOf(s.maxApplicationsPerWave()),
            (s, t) -> with(s, "maxApplicationsPerWave", positive(t, "maxApplicationsPerWave").intValueExact())));

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String nonEmpty(String t) {
        if (t == null || t.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return t.strip();
    }

    /** A non-negative number within the setting's plausible bound ({@link Bounds#setting}). */
    private static BigDecimal positive(String t, String key) {
        BigDecimal d;
        try {
            d = new BigDecimal(nonEmpty(t).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
        if (d.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        String complaint = Bounds.check(key, "", Bounds.setting(key), d);
        if (complaint != null) {
            throw new IllegalArgumentException(complaint);
        }
        return d;
    }

    private static PurchaseOption option(String t) {
        for (PurchaseOption p : PurchaseOption.values()) {
            if (p.key().equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pricing option");
    }

    private static Settings with(Settings s, String field, Object v) {
        return new Settings(
            field.equals("region") ? (String) v : s.region(),
            field.equals("currency") ? (String) v : s.currency(),
            field.equals("usdToCurrency") ? (BigDecimal) v : s.usdToCurrency(),
            s.hoursPerMonth(), s.startMonth(),
            field.equals("horizonMonths") ? (Integer) v : s.horizonMonths(),
            field.equals("pricing") ? (PurchaseOption) v : s.pricing(),
            field.equals("dayRate") ? (BigDecimal) v : s.dayRate(),
            s.dualRunMonths(),
            field.equals("maxApplicationsPerWave") ? (Integer) v : s.maxApplicationsPerWave(),
            field.equals("discountRate") ? (BigDecimal) v : s.discountRate(),
            s.fteMonthlyCost(), s.waveLengthMonths(), s.maxServersPerWave(), s.effortDays(), s.extra());
    }
}
