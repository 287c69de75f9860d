/**
 * The infinite diagram canvas. One JavaFX {@code Canvas} redrawn from the model snapshot: only
 * what is on screen is drawn (culling), labels, icons and badges drop out when zoomed out (level
 * of detail), icons are rendered once per type and colour, edges are plain strokes, and a pan
 * frame copies a cached picture larger than the view ({@code LayerCache}). This
 * keeps 2,000 components smooth where a node per component does not (ARCHITECTURE.md).
 */
package dev.envol.ui.canvas;
