package dev.envol.catalog;

import dev.envol.model.Excerpt;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Plausible upper bounds of quantities: far above any real estate, low enough that a typo or a
 * hostile file ({@code storageGb: 1e308}) is refused instead of priced. Defined once here and
 * read from {@link PropertySpec#max()}: a property's bound derives from its unit and kind, so a
 * type added later is bounded without naming it; a property may override it
 * ({@link TypeBuilder#max}). README's reliability section lists the table.
 */
public final class Bounds {
    /** Sizes in GB (or MB, TB): 10^12 GB is an exabyte. */
    public static final BigDecimal BYTES = BigDecimal.TEN.pow(12);
    /**
     * Requests: 10^9 a second for a 31-day month is 2.7 x 10^15, rounded up to 10^16 a month,
     * then divided by the unit's multiplier ("M requests/month": 10^10).
     */
    public static final BigDecimal REQUESTS_PER_MONTH = BigDecimal.TEN.pow(16);
    /** Money per unit (purchase price, monthly fee) in any currency. */
    public static final BigDecimal MONEY = BigDecimal.TEN.pow(12);
    /** Counts of things: instances, nodes, keys, vCPUs, units of a component. */
    public static final BigDecimal COUNT = BigDecimal.TEN.pow(6);
    /** A number whose unit says nothing this class knows. */
    public static final BigDecimal OTHER = BigDecimal.TEN.pow(9);
    /** Hours in the longest month. */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(744);
    /** A century, for durations in months (amortisation, horizon). */
    public static final BigDecimal MONTHS = BigDecimal.valueOf(1200);
    /** Milliseconds: about eleven days, for durations of a call. */
    public static final BigDecimal MILLISECONDS = BigDecimal.TEN.pow(9);
    public static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    /** Person-days of effort for one application. */
    public static final BigDecimal DAYS = BigDecimal.TEN.pow(6);
    /** A currency per US dollar (the weakest currencies trade at tens of thousands). */
    public static final BigDecimal EXCHANGE_RATE = BigDecimal.TEN.pow(6);

    /** Canvas coordinates, either way from the origin. */
    public static final BigDecimal COORDINATE = BigDecimal.TEN.pow(9);

    /** The numeric settings of a model, by their name in the file. */
    private static final Map<String, BigDecimal> SETTINGS = Map.ofEntries(
        Map.entry("usdToCurrency", EXCHANGE_RATE),
        Map.entry("hoursPerMonth", HOURS_PER_MONTH),
        Map.entry("horizonMonths", MONTHS),
        Map.entry("dayRate", MONEY),
        Map.entry("dualRunMonths", MONTHS),
        Map.entry("maxApplicationsPerWave", COUNT),
        Map.entry("discountRate", BigDecimal.ONE),
        Map.entry("fteMonthlyCost", MONEY),
        Map.entry("waveLengthMonths", MONTHS),
        Map.entry("maxServersPerWave", COUNT),
        Map.entry("effortDays", DAYS));

    private Bounds() {
    }

    /** The bound a property of this kind and unit gets unless it says otherwise. */
    static BigDecimal derive(PropertyKind kind, String unit) {
        if (kind != PropertyKind.NUMBER && kind != PropertyKind.INTEGER) {
            return null;
        }
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT).strip();
        if (u.contains("currency") || u.contains("usd") || u.contains("eur")) {
            return MONEY;
        }
        if (u.contains("request") || u.contains("quer") || u.contains("call")
            || u.contains("read") || u.contains("write") || u.contains("invocation")) {
            return REQUESTS_PER_MONTH.divide(multiplier(u));
        }
        if (u.matches("^(gb|mb|tb|gib|mib|tib)\\b.*")) {
            return BYTES;
        }
        if (u.equals("h") || u.startsWith("hours")) {
            return HOURS_PER_MONTH;
        }
        if (u.equals("months")) {
            return MONTHS;
        }
        if (u.equals("ms")) {
            return MILLISECONDS;
        }
        if (u.equals("%")) {
            return PERCENT;
        }
        if (kind == PropertyKind.INTEGER || u.equals("fte") || u.equals("lcu")
            || u.startsWith("instance") || u.startsWith("vcpu") || u.startsWith("task")
            || u.startsWith("node") || u.startsWith("address")) {
            return COUNT;
        }
        return OTHER;
    }

    /** "M requests/month" counts millions, "k requests" thousands, "x10k calls" ten thousands. */
    private static BigDecimal multiplier(String unit) {
        if (unit.startsWith("x10k")) {
            return BigDecimal.TEN.pow(4);
        }
        if (unit.startsWith("m ") || unit.startsWith("million")) {
            return BigDecimal.TEN.pow(6);
        }
        if (unit.startsWith("k ") || unit.startsWith("thousand")) {
            return BigDecimal.TEN.pow(3);
        }
        return BigDecimal.ONE;
    }

    /** The bound of a numeric setting ({@code settings.dayRate}, ...), or null if it has none. */
    public static BigDecimal setting(String name) {
        return SETTINGS.get(name);
    }

    /** Every bounded setting, for the README table and the schema. */
    public static Map<String, BigDecimal> settings() {
        return SETTINGS;
    }

    /**
     * Null when {@code value} is within {@code max} (or there is no bound), else the message
     * every front end shows: {@code "storageGb" must be at most 10^12 GB (plausible bound), not
     * 1E+308}.
     */
    public static String check(String name, String unit, BigDecimal max, BigDecimal value) {
        if (max == null || value == null || value.compareTo(max) <= 0) {
            return null;
        }
        return "\"" + Excerpt.of(name) + "\" must be at most " + describe(max, unit)
            + " (plausible bound), not " + Excerpt.number(value);
    }

    /** {@code 10^12 GB}, {@code 744 h}, {@code 100 %}: powers of ten written as such. */
    public static String describe(BigDecimal max, String unit) {
        BigDecimal m = max.stripTrailingZeros();
        String number = m.scale() <= -4 && m.unscaledValue().equals(java.math.BigInteger.ONE)
            ? "10^" + (-m.scale()) : m.toPlainString();
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }
}
