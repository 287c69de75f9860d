package dev.envol.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Model-wide settings. Every setting has a default ({@link #defaults()}); a file that leaves one
 * out gets the default on load, and saving writes every setting, so a saved file says everything
 * its figures depend on.
 *
 * @param maxServersPerWave {@code null} when waves are not limited by server count
 * @param effortDays        default migration effort in days per 7R strategy
 * @param awsSupport        the AWS Support plan priced on the target's AWS charges (basic: free)
 * @param frontFirst        the applications holding the internet-facing CloudFront / Route 53
 *                          go in the first wave, in front of the on-premise origins (default)
 */
public record Settings(String region, String currency, BigDecimal usdToCurrency,
                       BigDecimal hoursPerMonth, YearMonth startMonth, int horizonMonths,
                       PurchaseOption pricing, BigDecimal dayRate, int dualRunMonths,
                       int maxApplicationsPerWave, BigDecimal discountRate,
                       BigDecimal fteMonthlyCost, int waveLengthMonths, Integer maxServersPerWave,
                       Map<Strategy, BigDecimal> effortDays, AwsSupport awsSupport,
                       Map<String, Object> extra, boolean frontFirst) {

    public static final String DEFAULT_REGION = "eu-west-3";

    public Settings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(usdToCurrency, "usdToCurrency");
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        Objects.requireNonNull(startMonth, "startMonth");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(dayRate, "dayRate");
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(fteMonthlyCost, "fteMonthlyCost");
        EnumMap<Strategy, BigDecimal> days = new EnumMap<>(Strategy.class);
        days.putAll(defaultEffortDays());
        if (effortDays != null) {
            days.putAll(effortDays);
        }
        effortDays = Collections.unmodifiableMap(days);
        awsSupport = awsSupport == null ? AwsSupport.BASIC : awsSupport;
        extra = Extra.copy(extra);
    }

    /** The settings of the first release, with the Basic (free) support plan. */
    public Settings(String region, String currency, BigDecimal usdToCurrency,
                    BigDecimal hoursPerMonth, YearMonth startMonth, int horizonMonths,
                    PurchaseOption pricing, BigDecimal dayRate, int dualRunMonths,
                    int maxApplicationsPerWave, BigDecimal discountRate,
                    BigDecimal fteMonthlyCost, int waveLengthMonths, Integer maxServersPerWave,
                    Map<Strategy, BigDecimal> effortDays, Map<String, Object> extra) {
        this(region, currency, usdToCurrency, hoursPerMonth, startMonth, horizonMonths, pricing,
            dayRate, dualRunMonths, maxApplicationsPerWave, discountRate, fteMonthlyCost,
            waveLengthMonths, maxServersPerWave, effortDays, AwsSupport.BASIC, extra, true);
    }

    /** The settings of the first release with the given front-first choice and Basic support. */
    public Settings(String region, String currency, BigDecimal usdToCurrency,
                    BigDecimal hoursPerMonth, YearMonth startMonth, int horizonMonths,
                    PurchaseOption pricing, BigDecimal dayRate, int dualRunMonths,
                    int maxApplicationsPerWave, BigDecimal discountRate,
                    BigDecimal fteMonthlyCost, int waveLengthMonths, Integer maxServersPerWave,
                    Map<Strategy, BigDecimal> effortDays, Map<String, Object> extra,
                    boolean frontFirst) {
        this(region, currency, usdToCurrency, hoursPerMonth, startMonth, horizonMonths, pricing,
            dayRate, dualRunMonths, maxApplicationsPerWave, discountRate, fteMonthlyCost,
            waveLengthMonths, maxServersPerWave, effortDays, AwsSupport.BASIC, extra, frontFirst);
    }

    /** Settings with a support plan and the front first (the default). */
    public Settings(String region, String currency, BigDecimal usdToCurrency,
                    BigDecimal hoursPerMonth, YearMonth startMonth, int horizonMonths,
                    PurchaseOption pricing, BigDecimal dayRate, int dualRunMonths,
                    int maxApplicationsPerWave, BigDecimal discountRate,
                    BigDecimal fteMonthlyCost, int waveLengthMonths, Integer maxServersPerWave,
                    Map<Strategy, BigDecimal> effortDays, AwsSupport awsSupport,
                    Map<String, Object> extra) {
        this(region, currency, usdToCurrency, hoursPerMonth, startMonth, horizonMonths, pricing,
            dayRate, dualRunMonths, maxApplicationsPerWave, discountRate, fteMonthlyCost,
            waveLengthMonths, maxServersPerWave, effortDays, awsSupport, extra, true);
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_REGION, "USD", BigDecimal.ONE, BigDecimal.valueOf(730),
            YearMonth.of(2027, 1), 36, PurchaseOption.ON_DEMAND, BigDecimal.valueOf(600), 2, 5,
            new BigDecimal("0.08"), BigDecimal.valueOf(8000), 3, null, null, null);
    }

    /**
     * Typical effort per application for each strategy, in person-days: a rehost is a lift and
     * shift, a refactor rewrites part of the application; retire still costs decommissioning.
     */
    public static Map<Strategy, BigDecimal> defaultEffortDays() {
        EnumMap<Strategy, BigDecimal> days = new EnumMap<>(Strategy.class);
        days.put(Strategy.REHOST, BigDecimal.valueOf(5));
        days.put(Strategy.REPLATFORM, BigDecimal.valueOf(15));
        days.put(Strategy.REFACTOR, BigDecimal.valueOf(40));
        days.put(Strategy.REPURCHASE, BigDecimal.valueOf(10));
        days.put(Strategy.RELOCATE, BigDecimal.valueOf(3));
        days.put(Strategy.RETAIN, BigDecimal.ZERO);
        days.put(Strategy.RETIRE, BigDecimal.valueOf(2));
        return days;
    }

    public BigDecimal effortDays(Strategy strategy) {
        return effortDays.get(strategy);
    }

    public Settings withRegion(String newRegion) {
        return new Settings(newRegion, currency, usdToCurrency, hoursPerMonth, startMonth,
            horizonMonths, pricing, dayRate, dualRunMonths, maxApplicationsPerWave, discountRate,
            fteMonthlyCost, waveLengthMonths, maxServersPerWave, effortDays, awsSupport, extra, frontFirst);
    }

    public Settings withPricing(PurchaseOption newPricing) {
        return new Settings(region, currency, usdToCurrency, hoursPerMonth, startMonth,
            horizonMonths, newPricing, dayRate, dualRunMonths, maxApplicationsPerWave,
            discountRate, fteMonthlyCost, waveLengthMonths, maxServersPerWave, effortDays,
            awsSupport, extra, frontFirst);
    }

    public Settings withUsdToCurrency(BigDecimal rate) {
        return new Settings(region, currency, rate, hoursPerMonth, startMonth, horizonMonths,
            pricing, dayRate, dualRunMonths, maxApplicationsPerWave, discountRate,
            fteMonthlyCost, waveLengthMonths, maxServersPerWave, effortDays, awsSupport, extra, frontFirst);
    }

    public Settings withAwsSupport(AwsSupport plan) {
        return new Settings(region, currency, usdToCurrency, hoursPerMonth, startMonth,
            horizonMonths, pricing, dayRate, dualRunMonths, maxApplicationsPerWave, discountRate,
            fteMonthlyCost, waveLengthMonths, maxServersPerWave, effortDays, plan, extra, frontFirst);
    }

    /** The same settings with the dual-run months, day rate and discount rate given. */
    public Settings withBusinessCase(int dualRun, BigDecimal newDayRate, BigDecimal rate) {
        return new Settings(region, currency, usdToCurrency, hoursPerMonth, startMonth,
            horizonMonths, pricing, newDayRate, dualRun, maxApplicationsPerWave, rate,
            fteMonthlyCost, waveLengthMonths, maxServersPerWave, effortDays, awsSupport, extra, frontFirst);
    }

    public Settings withMaxApplicationsPerWave(int max) {
        return new Settings(region, currency, usdToCurrency, hoursPerMonth, startMonth,
            horizonMonths, pricing, dayRate, dualRunMonths, max, discountRate, fteMonthlyCost,
            waveLengthMonths, maxServersPerWave, effortDays, awsSupport, extra, frontFirst);
    }

    public Settings withFrontFirst(boolean front) {
        return new Settings(region, currency, usdToCurrency, hoursPerMonth, startMonth,
            horizonMonths, pricing, dayRate, dualRunMonths, maxApplicationsPerWave, discountRate,
            fteMonthlyCost, waveLengthMonths, maxServersPerWave, effortDays, awsSupport, extra,
            front);
    }
}
