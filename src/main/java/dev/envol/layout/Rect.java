package dev.envol.layout;

/** An axis-aligned box of a diagram: top-left corner and size, in canvas units. */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + " x " + height);
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** True when the two boxes share some area (touching edges do not count). */
    public boolean overlaps(Rect other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    /** True when {@code other} lies inside this box (edges may touch). */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    /** The smallest box holding both. */
    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX,
            Math.max(maxY(), other.maxY()) - minY);
    }

    /** A box grown by the given margins on each side. */
    public Rect grow(double left, double top, double right, double bottom) {
        return new Rect(x - left, y - top, width + left + right, height + top + bottom);
    }
}
