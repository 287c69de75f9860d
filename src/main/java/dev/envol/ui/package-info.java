/**
 * The desktop modeler (JavaFX, the only room that imports it). Each screen is a View (builds
 * nodes and binds) and a ViewModel (JavaFX properties, calls the core, testable without a
 * window). Every edit goes through {@link dev.envol.edit.History}.
 */
package dev.envol.ui;
