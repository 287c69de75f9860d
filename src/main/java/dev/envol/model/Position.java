package dev.envol.model;

/** Top-left corner of a component's tile on the canvas, in canvas units. */
public record Position(double x, double y) {
}
