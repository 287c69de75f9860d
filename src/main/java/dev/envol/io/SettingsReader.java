package dev.envol.io;

import dev.envol.model.AwsSupport;
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
        "maxServersPerWave", "effortDays", "awsSupport");

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
            or(f.quantity("usdToCurrency", false), d.usdToCurrency()),
            or(f.quantity("hoursPerMonth", false), d.hoursPerMonth()),
            or(month(f, "startMonth"), d.startMonth()),
            or(f.count("horizonMonths"), d.horizonMonths()),
            or(pricing(f), d.pricing()),
            or(f.quantity("dayRate", false), d.dayRate()),
            or(f.count("dualRunMonths"), d.dualRunMonths()),
            or(f.count("maxApplicationsPerWave"), d.maxApplicationsPerWave()),
            or(f.quantity("discountRate", false), d.discountRate()),
            or(f.quantity("fteMonthlyCost", false), d.fteMonthlyCost()),
            or(f.count("waveLengthMonths"), d.waveLengthMonths()),
            f.count("maxServersPerWave"),
            effortDays(f),
            awsSupport(f),
            f.extra(KNOWN));
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

    private AwsSupport awsSupport(Fields f) {
        String key = f.text("awsSupport", false);
        if (key == null) {
            return null;
        }
        return AwsSupport.fromKey(key).orElseGet(() -> {
            problems.error("model.unknown-support-plan", f.path("awsSupport"),
                f.present("awsSupport"), Names.unknown("AWS Support plan", key,
                    AwsSupport.values()));
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
                "\"" + key + "\" must be a month written YYYY-MM (e.g. 2026-03), not \""
                    + text + "\"");
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
            BigDecimal value = f.quantity(key, false);
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
