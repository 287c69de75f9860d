package dev.envol.archfixture.ui;

/** Stands for a JavaFX view. */
public final class Window {
}
