package dev.envol.exports;

import dev.envol.layout.DiagramGeometry;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The diagram exports of one model, for the {@code export} command, the desktop's export dialog
 * and the wiki page: computes each architecture's geometry once and hands out the files.
 *
 * <pre>{@code
 * DiagramExports diagrams = new DiagramExports(project, badges, LocalDate.now(), catalog.asOf());
 * for (DiagramFile file : diagrams.files(Set.of("png", "svg", "drawio", "mermaid"))) {
 *     try (OutputStream out = Files.newOutputStream(dir.resolve(file.fileName()))) {
 *         file.writeTo(out);
 *     }
 * }
 * String mermaidForTheWiki = diagrams.mermaid(ArchitectureKind.TARGET);
 * }</pre>
 */
public final class DiagramExports {
    /** The diagram formats, in the order files are listed. */
    public static final List<String> FORMATS = List.of("png", "svg", "drawio", "mermaid");

    private final Project project;
    private final Function<String, String> badges;
    private final LocalDate date;
    private final LocalDate catalogDate;
    private final Map<ArchitectureKind, Diagram> diagrams = new EnumMap<>(ArchitectureKind.class);

    /**
     * @param badges      component id to badge text (monthly cost, or {@code unpriced}); ids of
     *                    both architectures; {@code null} or blank for no badge
     * @param date        the date in the titles
     * @param catalogDate the price catalog's date in the titles, or {@code null}
     */
    public DiagramExports(Project project, Function<String, String> badges, LocalDate date,
                          LocalDate catalogDate) {
        this.project = Objects.requireNonNull(project, "project");
        this.badges = badges;
        this.date = Objects.requireNonNull(date, "date");
        this.catalogDate = catalogDate;
    }

    /** The diagram of one architecture; its geometry is computed on first use, then kept. */
    public synchronized Diagram diagram(ArchitectureKind kind) {
        return diagrams.computeIfAbsent(kind, k -> new Diagram(project, k,
            DiagramGeometry.of(project, k), badges,
            DiagramTitle.of(project.name(), k, date, catalogDate)));
    }

    public void png(ArchitectureKind kind, OutputStream out) throws IOException {
        new PngExporter().write(diagram(kind), out);
    }

    public void svg(ArchitectureKind kind, OutputStream out) throws IOException {
        new SvgExporter().write(diagram(kind), out);
    }

    public void mermaid(ArchitectureKind kind, OutputStream out) throws IOException {
        new MermaidExporter().write(diagram(kind), out);
    }

    /** The Mermaid flowchart as text, for a {@code ```mermaid} block. */
    public String mermaid(ArchitectureKind kind) {
        return new MermaidExporter().text(diagram(kind));
    }

    /** Both architectures, one page each. */
    public void drawio(OutputStream out) throws IOException {
        new DrawioExporter().write(List.of(diagram(ArchitectureKind.CURRENT),
            diagram(ArchitectureKind.TARGET)), out);
    }

    /**
     * The files for the requested formats (any of {@link #FORMATS}; others are ignored, so the
     * caller can pass the whole {@code --formats} list): {@code current.png}, {@code target.png},
     * {@code current.svg}, {@code target.svg}, {@code architecture.drawio}, {@code current.mmd},
     * {@code target.mmd}.
     */
    public List<DiagramFile> files(Set<String> formats) {
        List<DiagramFile> files = new ArrayList<>();
        for (String format : FORMATS) {
            if (!formats.contains(format)) {
                continue;
            }
            if (format.equals("drawio")) {
                files.add(new DiagramFile("architecture.drawio", format, this::drawio));
                continue;
            }
            for (ArchitectureKind kind : ArchitectureKind.values()) {
                String name = kind.key() + "." + (format.equals("mermaid") ? "mmd" : format);
                DiagramFile.Content content = switch (format) {
                    case "png" -> out -> png(kind, out);
                    case "svg" -> out -> svg(kind, out);
                    default -> out -> mermaid(kind, out);
                };
                files.add(new DiagramFile(name, format, content));
            }
        }
        return files;
    }
}
