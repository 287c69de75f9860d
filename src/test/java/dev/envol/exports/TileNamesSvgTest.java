package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.Rect;
import dev.envol.layout.TileLabel;
import dev.envol.layout.TileLabelChecks;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.Props;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Names of up to 40 characters are drawn whole in the SVG (and the PNG, which the same painter
 * draws): at most two text lines per tile, no ellipsis, each line inside the tile's text width
 * in the exporter's font.
 */
class TileNamesSvgTest {
    @Test
    void everyNameUpToFortyCharactersIsDrawnWholeOnAtMostTwoLines() throws Exception {
        List<String> names = TileLabelChecks.names();
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            components.add(Component.of("n" + i, names.get(i), "aws.ec2", null, Props.empty()));
        }
        Project project = Project.empty("Long names").withArchitecture(ArchitectureKind.TARGET,
            Architecture.of(components, List.of()));
        DiagramGeometry geometry = DiagramGeometry.of(project, ArchitectureKind.TARGET);
        Diagram diagram = new Diagram(project, ArchitectureKind.TARGET, geometry,
            id -> "\u20ac1,234/mo", "Long names");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter().write(diagram, out);
        Document doc = XmlFiles.parse(out.toByteArray());

        Map<String, Element> groups = XmlFiles.elements(doc, "g").stream()
            .filter(g -> g.getAttribute("class").equals("envol-component"))
            .collect(Collectors.toMap(g -> g.getAttribute("id"), g -> g));
        List<String> problems = new ArrayList<>();
        TileLabel.Measure font = text -> DiagramPainter.width(text, DiagramStyle.NAME_FONT);
        for (int i = 0; i < names.size(); i++) {
            Rect tile = geometry.tile("n" + i).orElseThrow().bounds();
            List<Element> lines = nameLines(groups.get("n" + i));
            problems.addAll(TileLabelChecks.problems(names.get(i),
                lines.stream().map(Element::getTextContent).toList(), font));
            for (Element line : lines) {
                double x = Double.parseDouble(line.getAttribute("x"));
                double width = font.width(line.getTextContent());
                if (x < tile.x() + TileLabel.INSET - 0.5
                    || x + width > tile.maxX() - TileLabel.INSET + 0.5) {
                    problems.add(names.get(i) + ": \"" + line.getTextContent() + "\" leaves "
                        + tile);
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    /** The group's text drawn in the name font (the badge is bold). */
    private static List<Element> nameLines(Element group) {
        List<Element> lines = new ArrayList<>();
        var texts = group.getElementsByTagName("text");
        String size = "font-size: " + DiagramStyle.NAME_FONT.getSize() + "px;";
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("style").contains(size) && !t.getAttribute("style").contains("bold")) {
                lines.add(t);
            }
        }
        return lines;
    }
}
