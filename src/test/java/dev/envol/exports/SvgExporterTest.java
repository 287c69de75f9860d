package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.layout.DiagramGeometry;
import dev.envol.layout.SampleArchitectures;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgExporterTest {
    static byte[] svg(Diagram diagram) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter().write(diagram, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(ArchitectureKind.class)
    void oneGroupPerComponentAndPerLink(ArchitectureKind kind) throws Exception {
        Diagram diagram = SampleDiagrams.diagram(kind);
        byte[] bytes = svg(diagram);
        Files.createDirectories(Path.of("target", "preview"));
        Files.write(Path.of("target", "preview", kind.key() + ".svg"), bytes);

        Document doc = XmlFiles.parse(bytes);
        List<Element> groups = XmlFiles.elements(doc, "g");
        Architecture architecture = diagram.project().architecture(kind);
        List<Element> components = groups.stream()
            .filter(g -> g.getAttribute("class").equals("envol-component")).toList();
        assertThat(components).extracting(g -> g.getAttribute("id"))
            .containsExactlyElementsOf(architecture.components().stream().map(c -> c.id()).toList());
        // the <title> is the group's first child: browsers show it over the whole component
        assertThat(components).allSatisfy(g -> assertThat(
            ((Element) g.getElementsByTagName("title").item(0)).getTextContent()).isNotBlank());
        assertThat(groups.stream().filter(g -> g.getAttribute("class").equals("envol-link"))
            .map(g -> g.getAttribute("data-from") + "->" + g.getAttribute("data-to")))
            .containsExactlyElementsOf(architecture.links().stream()
                .map(l -> l.from() + "->" + l.to()).toList());
    }

    @Test
    void namesBadgesAndTitleAreRealText() throws Exception {
        Diagram diagram = SampleDiagrams.diagram(ArchitectureKind.TARGET);
        Document doc = XmlFiles.parse(svg(diagram));
        List<String> texts = XmlFiles.elements(doc, "text").stream()
            .map(Element::getTextContent).toList();
        assertThat(texts).contains(diagram.title(), "Bets RDS", "Horse betting (horse-racing)",
            "unpriced", "hard link", "soft link", diagram.badges().apply("bet-rds"));
        assertThat(XmlFiles.elements(doc, "title").stream().map(Element::getTextContent))
            .contains("Bets RDS \u2014 " + diagram.badges().apply("bet-rds"), "KMS \u2014 unpriced");
    }

    @Test
    void longNamesWrapAndTheTooltipKeepsThemWhole() throws Exception {
        String longName = "Horse betting Tomcat servers behind the internal load balancer";
        Project project = SampleArchitectures.project();
        project = project.withArchitecture(ArchitectureKind.TARGET, project.target()
            .mapComponents(c -> c.id().equals("alb") ? c.withName(longName) : c));
        Diagram diagram = new Diagram(project, ArchitectureKind.TARGET,
            DiagramGeometry.of(project, ArchitectureKind.TARGET), id -> null, "t");
        Document doc = XmlFiles.parse(svg(diagram));
        List<String> texts = XmlFiles.elements(doc, "text").stream()
            .map(Element::getTextContent).toList();
        assertThat(texts).noneMatch(t -> t.equals(longName))
            .anyMatch(t -> t.startsWith("Horse betting") && !t.endsWith("\u2026"))
            .anyMatch(t -> !t.startsWith("Horse") && t.endsWith("\u2026"));
        assertThat(XmlFiles.elements(doc, "title").stream().map(Element::getTextContent))
            .contains(longName);
    }

    @Test
    void markupInNamesStaysText() throws Exception {
        String hostile = "<script>alert(\"x\")</script> & 'q'";
        Project project = SampleArchitectures.project();
        project = project.withArchitecture(ArchitectureKind.TARGET, project.target()
            .mapComponents(c -> c.id().equals("kms") ? c.withName(hostile) : c));
        Diagram diagram = new Diagram(project, ArchitectureKind.TARGET,
            DiagramGeometry.of(project, ArchitectureKind.TARGET), SampleDiagrams.badges(), "t");
        Document doc = XmlFiles.parse(svg(diagram));
        assertThat(XmlFiles.elements(doc, "script")).isEmpty();
        assertThat(XmlFiles.elements(doc, "text").stream().map(Element::getTextContent))
            .anyMatch(t -> t.startsWith("<script>"));
    }
}
