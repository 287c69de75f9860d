package dev.envol.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The AWS Support plan of the target ({@code settings.awsSupport}). {@link #key()} is the
 * spelling in the model file. Basic is free and is the default; the others are priced by the
 * cost engine on each month's AWS charges.
 */
public enum AwsSupport {
    BASIC, DEVELOPER, BUSINESS, ENTERPRISE;

    /** {@code basic}, {@code developer}, {@code business}, {@code enterprise}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AwsSupport> fromKey(String key) {
        for (AwsSupport plan : values()) {
            if (plan.key().equals(key)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }
}
