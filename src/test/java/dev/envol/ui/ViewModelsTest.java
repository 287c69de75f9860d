package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.catalog.Category;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.ui.inspector.InspectorViewModel;
import dev.envol.ui.palette.PaletteViewModel;
import dev.envol.ui.panels.WavesViewModel;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewModelsTest {
    private final DocumentViewModel doc = new DocumentViewModel(new FakeStore(), SampleProjects.small());

    @Test
    void paletteListsEveryCatalogTypeAndSearchNarrowsIt() {
        PaletteViewModel palette = new PaletteViewModel(ComponentCatalog.standard());
        assertThat(palette.groups().stream().mapToInt(g -> g.types().size()).sum())
            .isEqualTo(ComponentCatalog.standard().all().size());
        palette.searchProperty().set("auto scaling");
        assertThat(palette.groups()).singleElement().satisfies(g -> {
            assertThat(g.category()).isEqualTo(Category.COMPUTE);
            assertThat(g.types()).extracting(t -> t.key()).containsExactly("aws.asg");
        });
    }

    @Test
    void paletteOffersTheNewlyPricedTypesInTheirCategories() {
        PaletteViewModel palette = new PaletteViewModel(ComponentCatalog.standard());
        java.util.Map<String, Category> seen = new java.util.HashMap<>();
        palette.groups().forEach(g -> g.types().forEach(t -> seen.put(t.key(), g.category())));
        assertThat(seen).containsEntry("aws.fargate", Category.COMPUTE)
            .containsEntry("aws.api-gateway", Category.INTEGRATION)
            .containsEntry("aws.public-ipv4", Category.NETWORK)
            .containsEntry("aws.ebs", Category.STORAGE);
        palette.searchProperty().set("fargate");
        assertThat(palette.groups()).singleElement().satisfies(g ->
            assertThat(g.types()).extracting(t -> t.key()).containsExactly("aws.fargate"));
    }

    @Test
    void inspectorRefusesAnInvalidValueAndAppliesAValidOne() {
        doc.selectionProperty().set(Selection.of(ArchitectureKind.TARGET, Set.of("rds")));
        InspectorViewModel inspector = new InspectorViewModel(doc);
        var storage = inspector.schema(inspector.component().orElseThrow()).stream()
            .filter(p -> p.name().equals("storageGb")).findFirst().orElseThrow();
        assertThat(inspector.validate(storage, "-5")).isEqualTo("must not be negative");
        assertThat(inspector.setProperty(storage, "lots")).isFalse();
        assertThat(doc.canUndoProperty().get()).isFalse();
        assertThat(inspector.setProperty(storage, "500")).isTrue();
        assertThat(doc.current().target().component("rds").orElseThrow().props().decimal("storageGb"))
            .contains(new BigDecimal("500"));
    }

    /** The editor refuses what the reader refuses, with the same words (issue 21). */
    @Test
    void inspectorRefusesAValueOverItsBoundWithTheReadersMessage() {
        doc.selectionProperty().set(Selection.of(ArchitectureKind.TARGET, Set.of("rds")));
        InspectorViewModel inspector = new InspectorViewModel(doc);
        var storage = inspector.schema(inspector.component().orElseThrow()).stream()
            .filter(p -> p.name().equals("storageGb")).findFirst().orElseThrow();
        String model = new String(dev.envol.io.ModelFiles.toBytes(doc.current()),
            java.nio.charset.StandardCharsets.UTF_8).replaceFirst(
            "(\"id\": \"rds\"[^}]*\"storageGb\": )[0-9.]+", "$11e308");
        var read = dev.envol.io.ModelFiles.read(
            model.getBytes(java.nio.charset.StandardCharsets.UTF_8), "m.envol.json");
        assertThat(read.errors()).hasSize(1);
        String readersMessage = read.errors().get(0).message();

        assertThat(inspector.validate(storage, "1e308")).isEqualTo(readersMessage)
            .isEqualTo("\"storageGb\" must be at most 10^12 GB (plausible bound), not 1E+308");
        assertThat(inspector.setProperty(storage, "1e308")).isFalse();
        assertThat(doc.canUndoProperty().get()).isFalse();
        assertThat(inspector.validate(storage, "1000000000000")).isNull();
    }

    @Test
    void inspectorChangesTheCouplingOfTheSelectedLink() {
        Link link = Link.of("alb", "rds", Coupling.SOFT);
        doc.selectionProperty().set(Selection.link(ArchitectureKind.TARGET, link));
        new InspectorViewModel(doc).setCoupling(Coupling.HARD);
        assertThat(doc.current().target().links()).containsExactly(link.withCoupling(Coupling.HARD));
        assertThat(doc.selectionProperty().get().link().isHard()).isTrue();
    }

    @Test
    void wavesShowSavedWavesAndPinningMovesAnApplication() {
        WavesViewModel waves = new WavesViewModel(doc);
        assertThat(waves.lanes()).hasSize(2);
        assertThat(waves.lanes().get(0).applications()).extracting(a -> a.id()).containsExactly("edge");
        waves.pin("betting", "wave-1");
        assertThat(waves.lanes().get(0).applications()).extracting(a -> a.id()).containsExactly("edge", "betting");
        assertThat(doc.undoTextProperty().get()).isEqualTo("Pin betting to wave-1");
    }
}
