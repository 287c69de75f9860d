package dev.envol.plan;

import java.util.List;
import java.util.Objects;

/**
 * Applications that move as one because hard (latency-bound) links join them. An application
 * without hard links is a group of one.
 *
 * @param wave the wave id the group moves in
 */
public record MoveGroup(String id, String wave, List<String> applications) {
    public MoveGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wave, "wave");
        applications = List.copyOf(applications);
    }
}
