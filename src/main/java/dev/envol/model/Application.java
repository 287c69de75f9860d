package dev.envol.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A migration unit: the components that belong to it move together.
 *
 * @param wave       the wave id this application is pinned to, or {@code null}
 * @param effortDays migration effort overriding the strategy default, or {@code null}
 * @param cutover    how its traffic moves to AWS, or {@code null} for the default
 *                   ({@link Cutover#of})
 */
public record Application(String id, String name, String domain, Strategy strategy,
                          Criticality criticality, String wave, BigDecimal effortDays,
                          String owner, Map<String, Object> extra, Cutover cutover) {
    public Application {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        strategy = strategy == null ? Strategy.REHOST : strategy;
        criticality = criticality == null ? Criticality.MEDIUM : criticality;
        extra = Extra.copy(extra);
    }

    /** An application with the default cut-over. */
    public Application(String id, String name, String domain, Strategy strategy,
                       Criticality criticality, String wave, BigDecimal effortDays, String owner,
                       Map<String, Object> extra) {
        this(id, name, domain, strategy, criticality, wave, effortDays, owner, extra, null);
    }

    public static Application of(String id, String name, String domain, Strategy strategy,
                                 Criticality criticality) {
        return new Application(id, name, domain, strategy, criticality, null, null, null, null);
    }

    public Application withWave(String newWave) {
        return new Application(id, name, domain, strategy, criticality, newWave, effortDays,
            owner, extra, cutover);
    }

    public Application withStrategy(Strategy newStrategy) {
        return new Application(id, name, domain, newStrategy, criticality, wave, effortDays,
            owner, extra, cutover);
    }

    /** {@code null} goes back to the default cut-over. */
    public Application withCutover(Cutover newCutover) {
        return new Application(id, name, domain, strategy, criticality, wave, effortDays,
            owner, extra, newCutover);
    }
}
