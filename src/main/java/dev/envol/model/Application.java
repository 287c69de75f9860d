package dev.envol.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A migration unit: the components that belong to it move together.
 *
 * @param wave       the wave id this application is pinned to, or {@code null}
 * @param effortDays migration effort overriding the strategy default, or {@code null}
 */
public record Application(String id, String name, String domain, Strategy strategy,
                          Criticality criticality, String wave, BigDecimal effortDays,
                          String owner, Map<String, Object> extra) {
    public Application {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        strategy = strategy == null ? Strategy.REHOST : strategy;
        criticality = criticality == null ? Criticality.MEDIUM : criticality;
        extra = Extra.copy(extra);
    }

    public static Application of(String id, String name, String domain, Strategy strategy,
                                 Criticality criticality) {
        return new Application(id, name, domain, strategy, criticality, null, null, null, null);
    }

    public Application withWave(String newWave) {
        return new Application(id, name, domain, strategy, criticality, newWave, effortDays,
            owner, extra);
    }

    public Application withStrategy(Strategy newStrategy) {
        return new Application(id, name, domain, newStrategy, criticality, wave, effortDays,
            owner, extra);
    }
}
