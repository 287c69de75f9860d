package dev.envol.fuzz;

import java.util.stream.LongStream;

/**
 * The seeds of a property-based test. Each case is its seed: the failure message names it, and
 * {@code -Denvol.fuzz.seed=N} runs that one case alone; {@code -Denvol.fuzz.cases=N} changes how
 * many run (the defaults keep every reader's suite well under a minute in {@code mvn verify}).
 */
public final class FuzzSeeds {
    private FuzzSeeds() {
    }

    /** {@code cases} seeds starting from a fixed base per reader, or the one replayed. */
    public static LongStream of(long base, int cases) {
        String replay = System.getProperty("envol.fuzz.seed");
        if (replay != null && !replay.isBlank()) {
            return LongStream.of(Long.parseLong(replay.strip()));
        }
        String override = System.getProperty("envol.fuzz.cases");
        int n = override == null || override.isBlank() ? cases : Integer.parseInt(override.strip());
        return LongStream.range(base, base + n);
    }

    /** What a failure message says, so that the case can be replayed. */
    public static String replay(long seed) {
        return "seed " + seed + " (replay: mvn -o test -Dtest=<this test> -Denvol.fuzz.seed="
            + seed + ")";
    }
}
