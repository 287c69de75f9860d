/**
 * The Business case view: a full-size tab beside the canvases with what a manager reads first
 * (headline figures with their definitions), the run rate of both paths, the cumulative savings
 * with the break-even month, a waterfall of the monthly saving by category and the sensitivity
 * tornado; each can be copied as an image or exported to PNG for slides. View + ViewModel: the
 * ViewModel turns an analysis into chart data and is tested without a window.
 */
package dev.envol.ui.business;
