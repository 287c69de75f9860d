package dev.envol.ui;

/** Opens the desktop app. Placeholder until the desktop modeler lands. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        System.err.println("envol: the desktop app is not built yet; try --help");
    }
}
