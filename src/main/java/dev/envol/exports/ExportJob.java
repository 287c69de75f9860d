package dev.envol.exports;

import dev.envol.check.Checker;
import dev.envol.check.Finding;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.cost.Sensitivity;
import dev.envol.cost.SensitivityRow;
import dev.envol.cost.WaveSource;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.plan.DependencyWavePlanner;
import dev.envol.plan.Flag;
import dev.envol.plan.WavePlan;
import dev.envol.pricing.PriceCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Every export of one model into a folder: the {@code export} command and the desktop's File >
 * Export dialog run the same job. Prices the model once, then writes {@code budget.xlsx},
 * {@code current.png}, {@code target.png}, {@code current.svg}, {@code target.svg},
 * {@code architecture.drawio}, {@code current.mmd}, {@code target.mmd}, {@code wiki.md} and
 * {@code cutover/APPLICATION.json} per application cutting over by DNS (those of the requested
 * formats).
 *
 * <p>Each file is first written to a temporary file in the folder; only when all are written
 * are they moved over their names, so a failed or cancelled job replaces nothing, and the job
 * never touches a file that is not its own.
 *
 * <pre>{@code
 * ExportJob job = new ExportJob(project, PriceCatalogs.standard(), LocalDate.now());
 * List<Path> written = job.run(dir, ExportJob.formats("xlsx,png"),
 *     (done, total, file) -> progressBar.set(done, total), cancelButton::isPressed);
 * }</pre>
 */
public final class ExportJob {
    /** Every format, in the order files are written. */
    public static final List<String> FORMATS = List.of("xlsx", "png", "svg", "drawio",
        "mermaid", "md", "cutover");

    /** Told after each step; {@code file} is the file just written (or "estimate"). */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, String file);

        Progress NONE = (done, total, file) -> { };
    }

    private final Project project;
    private final PriceCatalog catalog;
    private final LocalDate date;
    private WavePlan wavePlan;
    private List<SensitivityRow> sensitivity;

    public ExportJob(Project project, PriceCatalog catalog, LocalDate date) {
        this.project = Objects.requireNonNull(project, "project");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * The formats of a {@code --formats} list ({@code xlsx,png}); blank means all.
     *
     * @throws InputException naming the unknown format
     */
    public static Set<String> formats(String list) {
        if (list == null || list.isBlank()) {
            return new LinkedHashSet<>(FORMATS);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String format = part.trim().toLowerCase(Locale.ROOT);
            if (format.equals("mmd")) {
                format = "mermaid";
            }
            if (!FORMATS.contains(format)) {
                throw new InputException("unknown format '" + part.trim() + "' (known: "
                    + String.join(", ", FORMATS) + ")");
            }
            chosen.add(format);
        }
        return chosen;
    }

    /**
     * Writes the files of {@code formats} into {@code dir} (created if needed).
     *
     * @param cancelled asked between files; when it answers true, the files written so far are
     *                  deleted and {@link CancellationException} is thrown
     * @return the files written, in order
     */
    public List<Path> run(Path dir, Set<String> formats, Progress progress,
                          BooleanSupplier cancelled) throws IOException {
        Map<String, DiagramFile.Content> files = plan(formats);
        int total = files.size() + 1;
        progress.step(1, total, "estimate");
        Files.createDirectories(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<FileWriter> writers = new ArrayList<>();
        for (Map.Entry<String, DiagramFile.Content> file : files.entrySet()) {
            // not createTempFile: its owner-only permissions would stay on the export
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent()); // cutover/APPLICATION.json
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                + UUID.randomUUID() + ".tmp");
            staged.put(temp, target);
            writers.add(new FileWriter(file.getKey(), temp, file.getValue()));
        }
        try {
            new ParallelWrites(threads(writers.size())).run(writers, cancelled,
                (done, file) -> progress.step(done + 1, total, file));
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled");
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            }
            staged.clear();
            return new ArrayList<>(files.keySet()).stream().map(dir::resolve).toList();
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * One thread per processor, at most one per file. The files are independent (each writer
     * paints or formats its own copy from the shared, immutable report and geometry), and a cold
     * export of a large estate is mostly the JVM warming up each writer's code: on two cores the
     * 1,000-application export ran in about half the time on two threads.
     */
    private static int threads(int files) {
        return Math.max(1, Math.min(files, Runtime.getRuntime().availableProcessors()));
    }

    /** Writes one file to its temporary name. */
    private record FileWriter(String name, Path temp, DiagramFile.Content content)
        implements ParallelWrites.Task {
        @Override
        public void write() throws IOException {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        }
    }

    /** File name to content, in {@link #FORMATS} order; the model is priced once here. */
    private Map<String, DiagramFile.Content> plan(Set<String> formats) {
        CostReport report = new CostEngine().estimate(project, catalog);
        WaveSource waves = WaveSource.of(project, this::wavePlan);
        BusinessCase business = BusinessCase.from(report, waves);
        DiagramExports diagrams = new DiagramExports(project, badges(report), date,
            report.catalogAsOf());
        Map<String, DiagramFile.Content> files = new LinkedHashMap<>();
        if (formats.contains("xlsx")) {
            // made on the writing thread: the sensitivity analysis is a few hundred ms on a large estate
            files.put("budget.xlsx", out -> new BudgetExporter().write(new BudgetExporter.Budget(
                report, business, waves.waves(), sensitivity(report, waves)), out));
        }
        for (DiagramFile file : diagrams.files(formats)) {
            files.put(file.fileName(), file.content());
        }
        if (formats.contains("md")) {
            files.put("wiki.md", out -> new WikiExporter().write(
                wikiPage(report, business, waves, diagrams::mermaid), out));
        }
        if (formats.contains("cutover")) {
            for (var cutover : CutoverRunbook.withDns(project, waves.waves())) {
                CutoverExporter.Input input = new CutoverExporter.Input(project, cutover);
                files.put(CutoverRunbook.file(cutover),
                    out -> new CutoverExporter().write(input, out));
            }
        }
        return files;
    }

    /** The wave planner's plan, made once for the business case's waves and the wiki's flags. */
    private synchronized WavePlan wavePlan() {
        if (wavePlan == null) {
            wavePlan = new DependencyWavePlanner().plan(project);
        }
        return wavePlan;
    }

    /** The sensitivity analysis, made once for the budget and the wiki page. */
    private synchronized List<SensitivityRow> sensitivity(CostReport report, WaveSource waves) {
        if (sensitivity == null) {
            sensitivity = Sensitivity.of(report, waves); // the business case's waves and origin
        }
        return sensitivity;
    }

    private WikiExporter.Page wikiPage(CostReport report, BusinessCase business,
                                       WaveSource waves,
                                       Function<ArchitectureKind, String> mermaid) {
        List<Flag> flags = project.applications().isEmpty() ? List.of()
            : wavePlan().flags();
        List<Finding> findings = Checker.withPrices(catalog).check(project).findings();
        return new WikiExporter.Page(report, business, waves.waves(), flags, findings,
            sensitivity(report, waves), mermaid,
            date);
    }

    /** A component's badge: its monthly cost, {@code unpriced}, or none when it costs nothing. */
    static Function<String, String> badges(CostReport report) {
        String currency = report.currency();
        // every diagram file asks for every component's badge: each is formatted once
        Map<String, Optional<String>> known = new ConcurrentHashMap<>();
        return id -> known.computeIfAbsent(id, key -> report.componentCost(key)
            .map(cost -> badge(cost, currency))).orElse(null);
    }

    private static String badge(ComponentCost cost, String currency) {
        if (cost.isUnpriced()) {
            return Diagram.UNPRICED;
        }
        if (cost.monthly().signum() == 0) {
            return null;
        }
        return Decimals.grouped(cost.monthly(), 0) + " " + currency + "/mo";
    }
}
