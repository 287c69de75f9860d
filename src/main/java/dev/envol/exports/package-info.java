/**
 * Exports: one {@link dev.envol.exports.Exporter} per format, each writing to a stream the
 * caller owns, each a pure function of its input (the date is an input).
 *
 * <p>Diagrams: a {@link dev.envol.exports.Diagram} is one architecture with its
 * {@link dev.envol.layout.DiagramGeometry} (the same the desktop canvas draws), a badge function
 * (component id to monthly cost text or {@code unpriced}) and a title line
 * ({@link dev.envol.exports.DiagramTitle}). {@link dev.envol.exports.PngExporter} (Java2D,
 * headless), {@link dev.envol.exports.SvgExporter} (JFreeSVG, real text) and
 * {@link dev.envol.exports.MermaidExporter} take one diagram;
 * {@link dev.envol.exports.DrawioExporter} takes a list (one page each). The simplest entry
 * point is {@link dev.envol.exports.DiagramExports}: build it from the project, the badge
 * function, today's date and the catalog's date, then ask for {@code files(formats)} (names as
 * in PRODUCT.md) or for one format, or {@code mermaid(kind)} as text for the wiki page.
 *
 * <p>Icons come from the Ikonli Material Design 2 font without JavaFX. POI and Jackson may be
 * used here (budget and wiki exporters); JavaFX may not.
 */
package dev.envol.exports;
