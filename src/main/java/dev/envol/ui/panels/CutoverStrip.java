package dev.envol.ui.panels;

import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.CutoverStep;
import dev.envol.ui.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One cut-over drawn across its wave lane: the lane's width is the wave's days; each step is a
 * segment from its date to the next step's, darker as more traffic is on AWS; then the days the
 * on-premise side stays warm; a red end when that goes past the wave. Colours are CSS tokens.
 */
final class CutoverStrip extends HBox {
    static final double WIDTH = 200;

    CutoverStrip(CutoverSchedule c, Messages messages) {
        getStyleClass().add("cutover-strip");
        setId("cutover-" + c.application());
        long waveDays = Math.max(1, ChronoUnit.DAYS.between(c.start(), c.waveEnd()));
        double perDay = WIDTH / waveDays;
        double used = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < c.steps().size(); i++) {
            CutoverStep step = c.steps().get(i);
            LocalDate until = i + 1 < c.steps().size() ? c.steps().get(i + 1).date() : c.keepUntil();
            Region segment = segment(i + 1 < c.steps().size() ? "cutover-step" : "cutover-full",
                days(step.date(), until) * perDay, WIDTH - used);
            // the share on AWS as the segment's strength: 5 % is faint, 100 % is solid
            segment.setOpacity(0.25 + 0.75 * step.awsPercent() / 100.0);
            used += segment.getPrefWidth();
            getChildren().add(segment);
            lines.add(messages.get("cutover.tooltip", i + 1, step.awsPercent(), step.date()));
        }
        lines.add(messages.get("cutover.keep", c.keepUntil()));
        if (c.overruns()) {
            getChildren().add(segment("cutover-overrun", 4, 4));
            lines.add(messages.get("cutover.overrun", c.waveEnd().minusDays(1)));
        }
        setMaxWidth(WIDTH + 4);
        setPrefWidth(WIDTH + 4);
        Tooltip.install(this, new Tooltip(c.application() + " · " + c.method().key() + "\n"
            + String.join("\n", lines)));
    }

    /** One line under the strip: the steps, then when the on-premise side goes off. */
    static String summary(CutoverSchedule c) {
        String steps = c.steps().stream().map(s -> String.valueOf(s.awsPercent()))
            .collect(java.util.stream.Collectors.joining("·"));
        return steps + " % from " + c.start().toString().substring(5) + ", off "
            + c.keepUntil().toString().substring(5) + (c.overruns() ? " (after the wave)" : "");
    }

    private static long days(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    /** A segment at least 2 px wide (a step of one day stays visible), cut at the lane's end. */
    private static Region segment(String style, double width, double room) {
        Region r = new Region();
        r.getStyleClass().addAll("cutover-segment", style);
        double w = Math.max(2, Math.min(width, Math.max(2, room)));
        r.setMinWidth(w);
        r.setPrefWidth(w);
        r.setMaxWidth(w);
        return r;
    }
}
