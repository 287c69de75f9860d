package dev.envol.plan;

import java.time.LocalDate;

/** One step of a cut-over: from {@code date}, {@code awsPercent} % of the traffic goes to AWS. */
public record CutoverStep(LocalDate date, int awsPercent) {
    /** The weight of the on-premise record at this step (the two weights add up to 100). */
    public int onPremPercent() {
        return 100 - awsPercent;
    }
}
