package dev.envol.layout;

/**
 * One component as drawn: its box, the category colour ({@code #RRGGBB} from
 * {@code Category.colour()}), the Ikonli icon literal and the name under the icon.
 *
 * @param typeKey       the catalog type ({@code aws.rds}), for exporters that pick a shape per type
 * @param applicationId the application container it sits in, or {@code null}
 */
public record Tile(String componentId, String name, String typeKey, String applicationId,
                   Rect bounds, String colour, String iconKey) {
}
