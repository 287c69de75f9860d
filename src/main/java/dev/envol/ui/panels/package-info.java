/**
 * The bottom panels (costs, business case, waves, problems) and the status bar. A panel whose
 * engine is not in this build says so plainly instead of showing made-up figures.
 */
package dev.envol.ui.panels;
