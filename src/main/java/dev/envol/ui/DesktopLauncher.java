package dev.envol.ui;

import javafx.application.Application;

/** Opens the desktop app ({@code Main} is not an {@code Application}, so the shaded jar runs). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(EnvolApp.class, args);
    }
}
