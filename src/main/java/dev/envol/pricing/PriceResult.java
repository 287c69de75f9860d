package dev.envol.pricing;

/** A price, or the reason there is none. Nothing is ever priced 0 by default. */
public sealed interface PriceResult permits Price, Unpriced {
}
