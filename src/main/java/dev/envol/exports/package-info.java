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
 * <p>{@link dev.envol.exports.BudgetExporter} writes {@code budget.xlsx} (POI, rows streamed with
 * SXSSF): sheets Summary, Current, Target, Timeline, Waves, Assumptions, every amount a formula
 * over named assumption cells ({@code UsdToCurrency}, {@code DayRate}, {@code Effort_Rehost},
 * ...), each with the engine's figure as its cached result; model text is always a string cell.
 * {@link dev.envol.exports.WikiExporter} writes {@code wiki.md}. {@link dev.envol.exports.ExportJob}
 * runs every export of a model into a folder (prices once, stages each file, then moves them
 * all), with a progress callback and cancellation: the {@code export} command and the desktop's
 * export dialog both call it.
 *
 * <p>Icons come from the Ikonli Material Design 2 font without JavaFX. POI and Jackson may be
 * used here (budget and wiki exporters); JavaFX may not.
 */
package dev.envol.exports;
