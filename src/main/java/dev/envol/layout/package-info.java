/**
 * Diagram geometry without JavaFX: {@link dev.envol.layout.DiagramGeometry} is what the desktop
 * canvas and every exported diagram draw (tiles with category colour and icon key, application
 * containers labelled with their domain, routed edges marked hard or soft);
 * {@link dev.envol.layout.AutoLayout} places an architecture with Eclipse ELK layered, left to
 * right by dependency, one compound node per application. ELK stays in this room.
 */
package dev.envol.layout;
