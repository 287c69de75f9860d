/** The palette: every component type of the catalog by category, searchable, draggable. */
package dev.envol.ui.palette;
