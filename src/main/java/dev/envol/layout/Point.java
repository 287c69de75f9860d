package dev.envol.layout;

/** A point of a diagram, in canvas units (x to the right, y down). */
public record Point(double x, double y) {
}
