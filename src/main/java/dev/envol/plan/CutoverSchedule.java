package dev.envol.plan;

import dev.envol.model.CutoverMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When an application's traffic moves to AWS, inside its wave.
 *
 * @param start     the first step's date: the first day of the wave
 * @param steps     one per step, {@code stepDays} apart, the last at 100 %
 * @param end       the date traffic is all on AWS (the last step's date)
 * @param keepUntil the date the on-premise side is switched off: {@code keepDays} after
 *                  {@code end} ({@code settings.dualRunMonths} after {@code start} for the implied
 *                  big bang of an application that is not internet-facing)
 * @param waveEnd   the first day after the wave ({@code waveLengthMonths} after its start)
 */
public record CutoverSchedule(String application, String wave, CutoverMethod method,
                              LocalDate start, List<CutoverStep> steps, LocalDate end,
                              LocalDate keepUntil, LocalDate waveEnd) {
    public CutoverSchedule {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(start, "start");
        steps = List.copyOf(steps);
    }

    /** True when the on-premise side is still up after the wave has ended. */
    public boolean overruns() {
        return keepUntil.isAfter(waveEnd);
    }
}
