package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalogs are read ahead only for the commands that read a model. */
class CatalogPreloadTest {
    @Test
    void estimateReadsTheCatalogsOnADaemonThread() throws InterruptedException {
        Thread thread = CatalogPreload.startFor("estimate", "model.envol.json").orElseThrow();

        assertThat(thread.isDaemon()).isTrue();
        thread.join(60_000);
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void commandsThatReadAModelStartOneThreadTheOthersNone() {
        assertThat(CatalogPreload.startFor("check", "model.envol.json")).isPresent();
        assertThat(CatalogPreload.startFor("plan", "model.envol.json")).isPresent();
        assertThat(CatalogPreload.startFor("schema")).isEmpty();
        assertThat(CatalogPreload.startFor("--version")).isEmpty();
        assertThat(CatalogPreload.startFor()).isEmpty();
    }
}
