package dev.envol.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** One Envol model: a {@code *.envol.json} file. */
public record Project(String format, String name, Settings settings,
                      List<Application> applications, Architecture current, Architecture target,
                      List<Wave> waves, Map<String, Object> extra) {

    /** The only format this build reads and writes. */
    public static final String FORMAT = "envol/1";

    public Project {
        format = format == null ? FORMAT : format;
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Settings.defaults() : settings;
        applications = applications == null ? List.of() : List.copyOf(applications);
        current = current == null ? Architecture.empty() : current;
        target = target == null ? Architecture.empty() : target;
        waves = waves == null ? List.of() : List.copyOf(waves);
        extra = Extra.copy(extra);
    }

    public static Project empty(String name) {
        return new Project(FORMAT, name, Settings.defaults(), null, null, null, null, null);
    }

    public Architecture architecture(ArchitectureKind kind) {
        return kind == ArchitectureKind.CURRENT ? current : target;
    }

    public Optional<Application> application(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Application a : applications) {
            if (a.id().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Every component of both architectures, current first. */
    public Stream<Component> allComponents() {
        return Stream.concat(current.components().stream(), target.components().stream());
    }

    public Project withName(String newName) {
        return new Project(format, newName, settings, applications, current, target, waves, extra);
    }

    public Project withSettings(Settings newSettings) {
        return new Project(format, name, newSettings, applications, current, target, waves, extra);
    }

    public Project withApplications(List<Application> newApplications) {
        return new Project(format, name, settings, newApplications, current, target, waves, extra);
    }

    public Project withArchitecture(ArchitectureKind kind, Architecture architecture) {
        return kind == ArchitectureKind.CURRENT
            ? new Project(format, name, settings, applications, architecture, target, waves, extra)
            : new Project(format, name, settings, applications, current, architecture, waves, extra);
    }

    public Project withWaves(List<Wave> newWaves) {
        return new Project(format, name, settings, applications, current, target, newWaves, extra);
    }
}
