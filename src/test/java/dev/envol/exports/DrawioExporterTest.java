package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.SampleArchitectures;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class DrawioExporterTest {
    private static Document drawio(Project project) throws Exception {
        List<Diagram> pages = List.of(ArchitectureKind.values()).stream()
            .map(k -> new Diagram(project, k, DiagramGeometry.of(project, k),
                SampleDiagrams.badges(), DiagramTitle.of(project.name(), k, SampleDiagrams.DATE,
                    null)))
            .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DrawioExporter().write(pages, out);
        Files.createDirectories(Path.of("target", "preview"));
        Files.write(Path.of("target", "preview", "architecture.drawio"), out.toByteArray());
        return XmlFiles.parse(out.toByteArray());
    }

    @Test
    void onePageEachHoldingOnlyAnUncompressedModel() throws Exception {
        Document doc = drawio(SampleArchitectures.project());
        List<Element> pages = XmlFiles.elements(doc, "diagram");
        assertThat(pages).extracting(p -> p.getAttribute("name")).containsExactly("Current",
            "Target");
        for (Element page : pages) {
            // draw.io reads any text inside <diagram> as compressed data
            for (Node n = page.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE) {
                    assertThat(n.getTextContent()).isBlank();
                } else {
                    assertThat(n.getNodeName()).isEqualTo("mxGraphModel");
                }
            }
        }
    }

    @Test
    void oneVertexPerComponentAndOneAttachedEdgePerLink() throws Exception {
        Project project = SampleArchitectures.project();
        Document doc = drawio(project);
        Map<String, Element> cells = XmlFiles.elements(doc, "mxCell").stream()
            // cells "0" and "1" repeat on every page; all others are unique in the file
            .collect(Collectors.toMap(c -> c.getAttribute("id"), Function.identity(), (a, b) -> a));
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            Architecture a = project.architecture(kind);
            for (Component c : a.components()) {
                Element cell = cells.get(kind.key() + "-cmp-" + c.id());
                assertThat(cell).as(c.id()).isNotNull();
                assertThat(cell.getAttribute("vertex")).isEqualTo("1");
                assertThat(cell.getAttribute("value")).startsWith(c.name().replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
            }
            List<Element> edges = cells.values().stream()
                .filter(e -> e.getAttribute("edge").equals("1"))
                .filter(e -> e.getAttribute("id").startsWith(kind.key() + "-"))
                .sorted(java.util.Comparator.comparingInt(e -> Integer.parseInt(
                    e.getAttribute("id").substring(e.getAttribute("id").lastIndexOf('-') + 1))))
                .toList();
            assertThat(edges).hasSameSizeAs(a.links());
            for (int i = 0; i < edges.size(); i++) {
                Element edge = edges.get(i);
                Link link = a.links().get(i);
                assertThat(edge.getAttribute("source")).isEqualTo(kind.key() + "-cmp-" + link.from());
                assertThat(edge.getAttribute("target")).isEqualTo(kind.key() + "-cmp-" + link.to());
                String style = edge.getAttribute("style");
                if (link.isHard()) {
                    assertThat(style).contains("strokeWidth=3;").doesNotContain("dashed=1");
                } else {
                    assertThat(style).contains("dashed=1;");
                }
                String fromParent = cells.get(edge.getAttribute("source")).getAttribute("parent");
                String toParent = cells.get(edge.getAttribute("target")).getAttribute("parent");
                assertThat(edge.getAttribute("parent"))
                    .isEqualTo(fromParent.equals(toParent) ? fromParent : "1");
            }
        }
    }

    @Test
    void awsTypesUseDrawioShapesAndApplicationsAreContainers() throws Exception {
        Project project = SampleArchitectures.project();
        Document doc = drawio(project);
        Map<String, Element> cells = XmlFiles.elements(doc, "mxCell").stream()
            // cells "0" and "1" repeat on every page; all others are unique in the file
            .collect(Collectors.toMap(c -> c.getAttribute("id"), Function.identity(), (a, b) -> a));
        assertThat(cells.get("target-cmp-bet-rds").getAttribute("style"))
            .contains("resIcon=mxgraph.aws4.rds;");
        assertThat(cells.get("target-cmp-alb").getAttribute("style"))
            .contains("shape=mxgraph.aws4.application_load_balancer;");
        Element betting = cells.get("target-app-betting");
        assertThat(betting.getAttribute("style")).contains("container=1;");
        assertThat(betting.getAttribute("value")).isEqualTo("Horse betting (horse-racing)");
        Element rds = cells.get("target-cmp-bet-rds");
        assertThat(rds.getAttribute("parent")).isEqualTo("target-app-betting");
        double boxWidth = geometry(betting, "width");
        double boxHeight = geometry(betting, "height");
        // children are placed relative to their container, inside it
        assertThat(geometry(rds, "x")).isBetween(0.0, boxWidth - geometry(rds, "width"));
        assertThat(geometry(rds, "y")).isBetween(0.0, boxHeight - geometry(rds, "height"));
        assertThat(cells.get("target-cmp-kms").getAttribute("parent")).isEqualTo("1");
    }

    @Test
    void newTypesGetTheirDrawioShapeOrTheGenericAwsIconInTheirCategoryColour() throws Exception {
        Project project = SampleArchitectures.project();
        List<Component> added = List.of(
            Component.of("tasks", "API tasks", "aws.fargate", null,
                dev.envol.model.Props.of("vcpu", 1, "memoryGb", 2)),
            Component.of("vol", "Scratch volume", "aws.ebs", null,
                dev.envol.model.Props.of("storageGb", 100)),
            Component.of("ips", "Public IPs", "aws.public-ipv4", null,
                dev.envol.model.Props.of("addresses", 2)));
        List<Component> all = new java.util.ArrayList<>(project.target().components());
        all.addAll(added);
        project = project.withArchitecture(ArchitectureKind.TARGET,
            project.target().withComponents(all));
        Map<String, Element> cells = XmlFiles.elements(drawio(project), "mxCell").stream()
            .collect(Collectors.toMap(c -> c.getAttribute("id"), Function.identity(), (a, b) -> a));
        assertThat(cells.get("target-cmp-tasks").getAttribute("style"))
            .contains("resIcon=mxgraph.aws4.fargate;");
        assertThat(cells.get("target-cmp-vol").getAttribute("style"))
            .contains("resIcon=mxgraph.aws4.general;").contains("fillColor=#7AA116;");
        assertThat(cells.get("target-cmp-ips").getAttribute("style"))
            .contains("resIcon=mxgraph.aws4.general;").contains("fillColor=#8C4FFF;");
        assertThat(cells.get("target-cmp-vol").getAttribute("value")).contains("Scratch volume");
    }

    @Test
    void textFromTheModelIsEscaped() throws Exception {
        String hostile = "<b>Bold</b> & \"quoted\"\nsecond line \u0001";
        Project project = SampleArchitectures.project();
        project = project.withArchitecture(ArchitectureKind.CURRENT, project.current()
            .mapComponents(c -> c.id().equals("bigip") ? c.withName(hostile) : c));
        Document doc = drawio(project);
        Element cell = XmlFiles.elements(doc, "mxCell").stream()
            .filter(c -> c.getAttribute("id").equals("current-cmp-bigip")).findFirst()
            .orElseThrow();
        // html=1 labels: the model's markup arrives as text, not as HTML
        assertThat(cell.getAttribute("value"))
            .startsWith("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;\nsecond line <br>");
    }

    private static double geometry(Element cell, String attribute) {
        Element g = (Element) cell.getElementsByTagName("mxGeometry").item(0);
        return Double.parseDouble(g.getAttribute(attribute));
    }
}
