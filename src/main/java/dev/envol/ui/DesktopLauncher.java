package dev.envol.ui;

/** Opens the desktop app. Placeholder until the desktop modeler lands. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // Not printed here: only cli and Main write to the standard streams (ArchitectureTest).
        throw new UnsupportedOperationException("the desktop app is not built yet; try --help");
    }
}
