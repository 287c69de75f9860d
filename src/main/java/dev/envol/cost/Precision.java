package dev.envol.cost;

import java.math.RoundingMode;

/**
 * The one place a division rounds (an amortisation, an effort spread over months): to 12
 * decimals, far below a cent, so that results stay exact for every purpose while sums over
 * thousands of components stay cheap (34-digit quotients would carry into every total).
 */
final class Precision {
    static final int SCALE = 12;
    static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private Precision() {
    }
}
