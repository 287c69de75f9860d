package dev.envol.model;

import java.util.Map;
import java.util.Objects;

/**
 * A dependency between two components of one architecture: {@code from} depends on {@code to}
 * (arrows point from the dependant to its dependency).
 */
public record Link(String from, String to, Coupling coupling, String label, String protocol,
                   Map<String, Object> extra) {
    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        coupling = coupling == null ? Coupling.SOFT : coupling;
        extra = Extra.copy(extra);
    }

    public static Link of(String from, String to, Coupling coupling) {
        return new Link(from, to, coupling, null, null, null);
    }

    public boolean isHard() {
        return coupling == Coupling.HARD;
    }

    public Link withCoupling(Coupling newCoupling) {
        return new Link(from, to, newCoupling, label, protocol, extra);
    }

    public Link withLabel(String newLabel) {
        return new Link(from, to, coupling, newLabel, protocol, extra);
    }

    public Link withProtocol(String newProtocol) {
        return new Link(from, to, coupling, label, newProtocol, extra);
    }

    public Link withEnds(String newFrom, String newTo) {
        return new Link(newFrom, newTo, coupling, label, protocol, extra);
    }
}
