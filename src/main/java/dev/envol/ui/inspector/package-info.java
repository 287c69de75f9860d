/** The inspector: the selected component's properties, the selected link, or the model settings. */
package dev.envol.ui.inspector;
