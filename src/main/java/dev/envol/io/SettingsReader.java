package dev.envol.io;

import dev.envol.catalog.Bounds;
import dev.envol.model.Excerpt;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/** Reads {@code settings}; every setting the file leaves out takes its default. */
final class SettingsReader {
    static final Known KNOWN = Known.of("region", "currency", "usdToCurrency",
        "hoursPerMonth", "startMonth", "horizonMonths", "pricing", "dayRate", "dualRunMonths",
        "maxApplicationsPerWave", "discountRate", "fteMonthlyCost", "waveLengthMonths",
        "maxServersPerWave", "effortDays");

    private final Problems problems;

    SettingsReader(Problems problems) {
        this.problems = problems;
    }

    Settings read(Fields f) {
        Settings d = Settings.defaults();
        if (f == null) {
            return d;
        }
        return new Settings(
            or(f.text("region", false), d.region()),
            or(f.text("currency", false), d.currency()),
            or(quantity(f, "usdToCurrency"), d.usdToCurrency()),
            or(quantity(f, "hoursPerMonth"), d.hoursPerMonth()),
            or(month(f, "startMonth"), d.startMonth()),
            or(count(f, "horizonMonths"), d.horizonMonths()),
            or(pricing(f), d.pricing()),
            or(quantity(f, "dayRate"), d.dayRate()),
            or(count(f, "dualRunMonths"), d.dualRunMonths()),
            or(count(f, "maxApplicationsPerWave"), d.maxApplicationsPerWave()),
            or(quantity(f, "discountRate"), d.discountRate()),
            or(quantity(f, "fteMonthlyCost"), d.fteMonthlyCost()),
            or(count(f, "waveLengthMonths"), d.waveLengthMonths()),
            count(f, "maxServersPerWave"),
            effortDays(f),
            f.extra(KNOWN));
    }

    /** A number setting within its plausible bound ({@link Bounds#setting}). */
    private static BigDecimal quantity(Fields f, String key) {
        return f.bounded(key, Bounds.setting(key), "");
    }

    private static Integer count(Fields f, String key) {
        return f.count(key, Bounds.setting(key), "");
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private PurchaseOption pricing(Fields f) {
        String key = f.text("pricing", false);
        if (key == null) {
            return null;
        }
        return PurchaseOption.fromKey(key).orElseGet(() -> {
            problems.error("model.unknown-pricing", f.path("pricing"), f.present("pricing"),
                Names.unknown("purchase option", key, PurchaseOption.values()));
            return null;
        });
    }

    /** A month written {@code YYYY-MM}. */
    static YearMonth month(Fields f, String key, Problems problems) {
        String text = f.text(key, false);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            problems.error("model.value-type", f.path(key), f.present(key),
                Excerpt.quoted(key) + " must be a month written YYYY-MM (e.g. 2026-03), not "
                    + Excerpt.quoted(text));
            return null;
        }
    }

    private YearMonth month(Fields f, String key) {
        return month(f, key, problems);
    }

    private Map<Strategy, BigDecimal> effortDays(Fields settings) {
        Fields f = settings.child("effortDays", false);
        if (f == null) {
            return null;
        }
        Map<Strategy, BigDecimal> days = new EnumMap<>(Strategy.class);
        for (int i = 0; i < f.object().size(); i++) {
            String key = f.object().key(i);
            BigDecimal value = f.bounded(key, Bounds.DAYS, "days");
            var strategy = Keys.strategy(key);
            if (strategy.isEmpty()) {
                problems.error("model.unknown-strategy", f.path(key), f.object().get(key),
                    Names.unknown("strategy", key, Strategy.values()));
            } else if (value != null) {
                days.put(strategy.get(), value);
            }
        }
        return days;
    }
}
