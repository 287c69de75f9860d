package dev.envol.pricing;

import dev.envol.model.InputException;

/**
 * A refresh that did not happen: says what went wrong and that the previous prices stay in use
 * (the cache was not touched).
 */
public final class PriceRefreshException extends InputException {
    public PriceRefreshException(String what, Throwable cause) {
        super("price refresh failed: " + what + "; the previous prices stay in use", cause);
    }
}
