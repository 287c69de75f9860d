package dev.envol.layout;

import dev.envol.io.ModelFiles;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader needs from a tile's name as drawn, checked on any renderer's lines: the whole
 * name, on at most two lines, each within {@link TileLabel#WIDTH} in that renderer's font, no
 * ellipsis. The names: every name of up to 40 characters in the two samples, and a list of
 * long real-world AWS-style names ({@code long-names.txt}).
 */
public final class TileLabelChecks {
    public static final int LONGEST = 40;

    private TileLabelChecks() {
    }

    public static List<String> names() {
        Set<String> names = new LinkedHashSet<>(longNames());
        for (String sample : List.of("betting-platform", "small-web-app")) {
            Project p = ModelFiles.load(Path.of("models/" + sample + ".envol.json"));
            for (Architecture a : List.of(p.current(), p.target())) {
                a.components().stream().map(Component::name)
                    .filter(n -> n.length() <= LONGEST).forEach(names::add);
            }
        }
        return List.copyOf(names);
    }

    public static List<String> longNames() {
        try (InputStream in = TileLabelChecks.class.getResourceAsStream("long-names.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code lines} as the drawing of {@code name}; empty if nothing. */
    public static List<String> problems(String name, List<String> lines, TileLabel.Measure font) {
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || lines.size() > 2) {
            problems.add(name + ": " + lines.size() + " lines " + lines);
        }
        for (String line : lines) {
            if (line.contains(TileLabel.ELLIPSIS)) {
                problems.add(name + ": ellipsis in \"" + line + "\"");
            }
            double width = font.width(line);
            if (width > TileLabel.WIDTH + 0.01) {
                problems.add(name + ": \"" + line + "\" is " + Math.round(width) + " wide, over "
                    + TileLabel.WIDTH);
            }
        }
        String joined = lines.size() == 2 && lines.get(0).matches(".*[-/]")
            ? lines.get(0) + lines.get(1) : String.join(" ", lines);
        if (!joined.equals(name.strip())) {
            problems.add(name + ": drawn as " + lines);
        }
        return problems;
    }
}
