package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The price catalog is read ahead only for the commands that price a model. */
class CatalogPreloadTest {
    @Test
    void estimateReadsTheCatalogOnADaemonThread() throws InterruptedException {
        Thread thread = CatalogPreload.startFor("estimate", "model.envol.json").orElseThrow();

        assertThat(thread.isDaemon()).isTrue();
        thread.join(60_000);
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void commandsThatPriceNothingStartNoThread() {
        assertThat(CatalogPreload.startFor("check", "model.envol.json")).isEmpty();
        assertThat(CatalogPreload.startFor("--version")).isEmpty();
        assertThat(CatalogPreload.startFor()).isEmpty();
    }
}
