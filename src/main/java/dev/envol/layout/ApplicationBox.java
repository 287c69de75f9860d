package dev.envol.layout;

/**
 * An application container: the box around its components, labelled with the application's
 * name and domain ({@code Horse betting (horse-racing)}).
 */
public record ApplicationBox(String applicationId, String label, Rect bounds) {
}
