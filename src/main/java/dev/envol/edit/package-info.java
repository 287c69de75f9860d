/**
 * Edit history of a model: every change a user makes is an {@link dev.envol.edit.EditCommand}
 * applied to an immutable {@link dev.envol.model.Project} snapshot, kept by
 * {@link dev.envol.edit.History} for undo and redo. No JavaFX here, so the desktop app and the
 * tests share one undo model.
 */
package dev.envol.edit;
