package dev.envol.io;

import dev.envol.catalog.Bounds;
import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Criticality;
import dev.envol.model.Excerpt;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and validates one model file's bytes: syntax, then format, then every field and
 * reference. Finds every problem it can; a model with any error gives no project.
 */
final class ModelReader {
    static final Known KNOWN = Known.of("format", "name", "settings", "applications",
        "current", "target", "waves");
    static final Known APPLICATION = Known.of("id", "name", "domain", "strategy",
        "criticality", "wave", "effortDays", "owner");
    static final Known WAVE = Known.of("id", "name", "start", "applications");

    private final Problems problems;
    private final References references;

    ModelReader(String file) {
        this.problems = new Problems(file);
        this.references = new References(problems);
    }

    LoadResult read(byte[] content) {
        LoadResult result = result(new JsonTreeReader(problems).read(content));
        return new LoadResult(result.project(),
            CharacterColumns.convert(result.problems(), content));
    }

    /** Reads from the stream, which the caller opened and this closes. */
    LoadResult read(InputStream content) throws IOException {
        return result(new JsonTreeReader(problems).read(content));
    }

    private LoadResult result(Json root) {
        Project project = root == null ? null : project(root);
        references.check();
        return new LoadResult(problems.hasErrors() ? null : project, problems.sorted());
    }

    /** A problem reading the file itself (missing, unreadable). */
    LoadResult unreadable(String message) {
        problems.error("model.io", "$", 0, 0, message);
        return new LoadResult(null, problems.sorted());
    }

    private Project project(Json root) {
        Fields f = Fields.of(problems, root, "$", "a model");
        if (f == null || !format(f)) {
            return null;
        }
        String name = f.text("name", true);
        Settings settings = new SettingsReader(problems).read(f.child("settings", false));
        List<Application> applications = applications(f);
        List<Wave> waves = waves(f);
        ArchitectureReader architectures = new ArchitectureReader(problems, references);
        Architecture current = architectures.read(f.child("current", false),
            ArchitectureKind.CURRENT);
        Architecture target = architectures.read(f.child("target", false),
            ArchitectureKind.TARGET);
        if (name == null) {
            return null;
        }
        return new Project(Project.FORMAT, name, settings, applications, current, target, waves,
            f.extra(KNOWN));
    }

    /** A file of another format is not read further: its fields may mean something else. */
    private boolean format(Fields f) {
        String format = f.text("format", true);
        if (format == null) {
            return false;
        }
        if (!format.equals(Project.FORMAT)) {
            problems.error("model.format", f.path("format"), f.present("format"),
                "unsupported format " + Excerpt.quoted(format) + ": this build reads " + Project.FORMAT);
            return false;
        }
        return true;
    }

    private List<Application> applications(Fields model) {
        List<Application> result = new ArrayList<>();
        Json.Arr list = model.array("applications");
        if (list == null) {
            return result;
        }
        String base = model.path("applications");
        for (int i = 0; i < list.items().size(); i++) {
            Application a = application(list.items().get(i), base, i);
            if (a != null) {
                result.add(a);
            }
        }
        return result;
    }

    private Application application(Json json, String base, int index) {
        Fields f = Fields.of(problems, json, base, index, "an application");
        if (f == null) {
            return null;
        }
        String id = f.id("id", true);
        if (id != null) {
            references.declareApplication(id, f, "id");
        }
        String strategyKey = f.text("strategy", false);
        Strategy strategy = null;
        if (strategyKey != null) {
            strategy = Keys.strategy(strategyKey).orElse(null);
            if (strategy == null) {
                problems.error("model.unknown-strategy", f.path("strategy"),
                    f.present("strategy"), Names.unknown("strategy", strategyKey,
                        Strategy.values()));
            }
        }
        String criticalityKey = f.text("criticality", false);
        Criticality criticality = null;
        if (criticalityKey != null) {
            criticality = Keys.criticality(criticalityKey).orElse(null);
            if (criticality == null) {
                problems.error("model.unknown-criticality", f.path("criticality"),
                    f.present("criticality"), Names.unknown("criticality", criticalityKey,
                        Criticality.values()));
            }
        }
        String wave = f.text("wave", false);
        if (wave != null) {
            references.wave(wave, f, "wave");
        }
        BigDecimal effortDays = f.bounded("effortDays", Bounds.DAYS, "days");
        String name = f.text("name", false);
        String domain = f.text("domain", false);
        String owner = f.text("owner", false);
        if (id == null) {
            return null;
        }
        return new Application(id, name, domain, strategy, criticality, wave, effortDays, owner,
            f.extra(APPLICATION));
    }

    private List<Wave> waves(Fields model) {
        List<Wave> result = new ArrayList<>();
        Json.Arr list = model.array("waves");
        if (list == null) {
            return result;
        }
        String base = model.path("waves");
        for (int i = 0; i < list.items().size(); i++) {
            Wave w = wave(list.items().get(i), base, i);
            if (w != null) {
                result.add(w);
            }
        }
        return result;
    }

    private Wave wave(Json json, String base, int index) {
        Fields f = Fields.of(problems, json, base, index, "a wave");
        if (f == null) {
            return null;
        }
        String id = f.id("id", true);
        if (id != null) {
            references.declareWave(id, f, "id");
        }
        String name = f.text("name", false);
        if (!f.has("start")) {
            f.text("start", true);
        }
        YearMonth start = SettingsReader.month(f, "start", problems);
        List<String> applications = new ArrayList<>();
        Json.Arr list = f.array("applications");
        if (list != null) {
            String listPath = f.path("applications");
            for (int i = 0; i < list.items().size(); i++) {
                Json item = list.items().get(i);
                if (item instanceof Json.Scalar s && s.value() instanceof String app) {
                    references.application(app, JsonPath.index(listPath, i), item);
                    applications.add(app);
                } else {
                    problems.error("model.value-type", JsonPath.index(listPath, i), item,
                        "a wave's applications are application ids (strings), not "
                            + Fields.describe(item));
                }
            }
        }
        if (id == null || start == null) {
            return null;
        }
        return new Wave(id, name, start, applications, f.extra(WAVE));
    }
}
