package dev.envol.ui.business;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javax.imageio.ImageIO;

/**
 * Pictures of the Business case for slides: a snapshot of a node at screen resolution, to the
 * clipboard or (through the caller's file chooser) to a PNG file.
 */
public final class ChartImages {
    private final Consumer<Node> exportPng;

    ChartImages(Consumer<Node> exportPng) {
        this.exportPng = exportPng;
    }

    static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        return node.snapshot(parameters, null);
    }

    /**
     * Writes the node's picture as a PNG: to a temporary file beside the target, then moved into
     * place, so a failed write never leaves half a file.
     */
    public static void writePng(Node node, Path file) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(snapshot(node), null);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".envol-", ".png.tmp");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    void copy(Node node) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot(node));
        Clipboard.getSystemClipboard().setContent(content);
    }

    void export(Node node) {
        exportPng.accept(node);
    }
}
