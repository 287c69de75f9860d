package dev.envol.pricing;

import java.util.Objects;

/** No price: {@code reason} says what is missing, for a person ("no price for ..."). */
public record Unpriced(String reason) implements PriceResult {
    public Unpriced {
        Objects.requireNonNull(reason, "reason");
    }
}
