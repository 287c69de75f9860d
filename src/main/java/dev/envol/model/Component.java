package dev.envol.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One box of an architecture: a server, a database, an AWS service...
 *
 * @param id          unique within the model, {@code [a-z0-9][a-z0-9-]*}
 * @param type        a catalog type key such as {@code aws.rds} or {@code onprem.server}
 * @param application the application id this component belongs to, or {@code null}
 * @param props       usage and cost properties of the type (also {@code count}, {@code region},
 *                    {@code pricing})
 * @param position    where it sits on the canvas, or {@code null} when never placed
 * @param publicEndpoint {@code public: true} in the file: an internet-facing entry point
 */
public record Component(String id, String name, String type, String application, Props props,
                        Position position, Map<String, String> tags, boolean publicEndpoint,
                        List<Suppression> suppress, Map<String, Object> extra) {
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        name = name == null ? id : name;
        props = props == null ? Props.empty() : props;
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(tags));
        suppress = suppress == null ? List.of() : List.copyOf(suppress);
        extra = Extra.copy(extra);
    }

    public static Component of(String id, String name, String type, String application,
                               Props props) {
        return new Component(id, name, type, application, props, null, null, false, null, null);
    }

    public Optional<String> applicationId() {
        return Optional.ofNullable(application);
    }

    public boolean isAws() {
        return type.startsWith("aws.");
    }

    public boolean isOnPrem() {
        return type.startsWith("onprem.");
    }

    public boolean isSuppressed(String code) {
        return suppress.stream().anyMatch(s -> s.code().equals(code));
    }

    public Component withName(String newName) {
        return new Component(id, newName, type, application, props, position, tags,
            publicEndpoint, suppress, extra);
    }

    public Component withType(String newType) {
        return new Component(id, name, newType, application, props, position, tags,
            publicEndpoint, suppress, extra);
    }

    public Component withApplication(String newApplication) {
        return new Component(id, name, type, newApplication, props, position, tags,
            publicEndpoint, suppress, extra);
    }

    public Component withProps(Props newProps) {
        return new Component(id, name, type, application, newProps, position, tags,
            publicEndpoint, suppress, extra);
    }

    public Component withProp(String prop, Object value) {
        return withProps(props.with(prop, value));
    }

    public Component withPosition(Position newPosition) {
        return new Component(id, name, type, application, props, newPosition, tags,
            publicEndpoint, suppress, extra);
    }

    public Component withId(String newId) {
        return new Component(newId, name, type, application, props, position, tags,
            publicEndpoint, suppress, extra);
    }

    public Component withPublicEndpoint(boolean isPublic) {
        return new Component(id, name, type, application, props, position, tags,
            isPublic, suppress, extra);
    }

    public Component withSuppress(List<Suppression> newSuppress) {
        return new Component(id, name, type, application, props, position, tags,
            publicEndpoint, newSuppress, extra);
    }
}
