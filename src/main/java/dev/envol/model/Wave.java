package dev.envol.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A saved migration wave: the applications that cut over together, from {@code start}. */
public record Wave(String id, String name, YearMonth start, List<String> applications,
                   Map<String, Object> extra) {
    public Wave {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        name = name == null ? id : name;
        applications = applications == null ? List.of() : List.copyOf(applications);
        extra = Extra.copy(extra);
    }

    public static Wave of(String id, String name, YearMonth start, List<String> applications) {
        return new Wave(id, name, start, applications, null);
    }
}
