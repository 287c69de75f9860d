package dev.envol.check;

import dev.envol.model.Criticality;
import dev.envol.model.InputException;
import dev.envol.model.Settings;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Thresholds of the rules, read from the {@code checks} object of the model's settings (an
 * unknown setting to older builds, so the model format stays compatible):
 * <pre>
 * "settings": { ..., "checks": { "criticality": "high", "asgMinCapacity": 2, "cacheMinNodes": 2 } }
 * </pre>
 *
 * @param criticality    resilience rules apply to applications of at least this criticality
 *                       (default {@code high})
 * @param asgMinCapacity the smallest acceptable {@code min} of an Auto Scaling group (default 2)
 * @param cacheMinNodes  the smallest acceptable {@code nodes} of an ElastiCache cluster (default 2)
 */
public record CheckSettings(Criticality criticality, int asgMinCapacity, int cacheMinNodes) {

    /** The key under {@code settings}. */
    public static final String KEY = "checks";

    public static CheckSettings defaults() {
        return new CheckSettings(Criticality.HIGH, 2, 2);
    }

    /** The thresholds of {@code settings}; a wrong value is an {@link InputException}. */
    public static CheckSettings from(Settings settings) {
        Object raw = settings.extra().get(KEY);
        if (raw == null) {
            return defaults();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InputException("$.settings.checks: expected an object such as "
                + "{\"criticality\": \"high\", \"asgMinCapacity\": 2}");
        }
        CheckSettings d = defaults();
        Criticality criticality = d.criticality;
        Object c = map.get("criticality");
        if (c != null) {
            criticality = c instanceof String s ? Criticality.fromKey(s).orElse(null) : null;
            if (criticality == null) {
                throw new InputException("$.settings.checks.criticality: expected low, medium or "
                    + "high, got " + c);
            }
        }
        return new CheckSettings(criticality,
            count(map, "asgMinCapacity", d.asgMinCapacity),
            count(map, "cacheMinNodes", d.cacheMinNodes));
    }

    private static int count(Map<?, ?> map, String key, int fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString());
            if (d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0 && d.intValue() < 1000) {
                return d.intValue();
            }
        }
        throw new InputException("$.settings.checks." + key
            + ": expected a whole number from 0 to 999, got " + value);
    }

    /** Whether resilience rules apply to an application of this criticality. */
    public boolean isCritical(Criticality of) {
        return of.ordinal() >= criticality.ordinal();
    }
}
