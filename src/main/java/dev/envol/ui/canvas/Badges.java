package dev.envol.ui.canvas;

/** What a component's cost badge says: an amount, or "unpriced" with the reason on hover. */
public final class Badges {
    private Badges() {
    }

    /** One badge; {@code unpriced} badges are drawn amber and carry the reason. */
    public record Badge(String text, boolean unpriced, String reason) {
    }

    /** Source of badges by component id; {@code null} from {@link #badge} draws none. */
    public interface Source {
        Badge badge(String componentId);
    }

    /** No cost engine: no badge at all (never a made-up figure). */
    public static final Source NONE = id -> null;
}
