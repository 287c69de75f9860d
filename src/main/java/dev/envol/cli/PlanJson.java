package dev.envol.cli;

import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.CutoverStep;
import dev.envol.plan.Flag;
import dev.envol.plan.MoveGroup;
import dev.envol.plan.PlannedWave;
import dev.envol.plan.WavePlan;
import java.util.List;

/**
 * The JSON form of a wave plan: {@code {"waves": [{"id", "name", "start", "servers",
 * "applications"}], "moveGroups": [{"id", "wave", "applications"}], "flags": [{"code",
 * "severity", "message", "architecture", "applications", "components"}], "cutovers":
 * [{"application", "wave", "method", "start", "end", "keepUntil", "steps": [{"date",
 * "awsPercent"}]}]}}. Written by hand: the
 * command line has no JSON binding (Jackson stays in io, pricing and exports).
 */
final class PlanJson {
    private final StringBuilder json = new StringBuilder();

    private PlanJson() {
    }

    static String of(WavePlan plan) {
        PlanJson w = new PlanJson();
        w.json.append("{\n  \"waves\": [");
        w.each(plan.waves(), w::wave);
        w.json.append("],\n  \"moveGroups\": [");
        w.each(plan.moveGroups(), w::moveGroup);
        w.json.append("],\n  \"flags\": [");
        w.each(plan.flags(), w::flag);
        w.json.append("],\n  \"cutovers\": [");
        w.each(plan.cutovers(), w::cutover);
        w.json.append("]\n}\n");
        return w.json.toString();
    }

    private <T> void each(List<T> items, java.util.function.Consumer<T> write) {
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "\n    {" : ",\n    {");
            write.accept(items.get(i));
            json.append('}');
        }
        if (!items.isEmpty()) {
            json.append("\n  ");
        }
    }

    private void wave(PlannedWave w) {
        field("id", w.id()).comma().field("name", w.name()).comma()
            .field("start", w.start().toString()).comma();
        json.append("\"servers\": ").append(w.servers()).append(", ");
        strings("applications", w.applications());
    }

    private void moveGroup(MoveGroup g) {
        field("id", g.id()).comma().field("wave", g.wave()).comma();
        strings("applications", g.applications());
    }

    private void flag(Flag f) {
        field("code", f.code()).comma().field("severity", f.severity().key()).comma()
            .field("message", f.message()).comma()
            .field("architecture", f.architecture() == null ? null : f.architecture().key())
            .comma();
        strings("applications", f.applications());
        json.append(", ");
        strings("components", f.components());
    }

    private void cutover(CutoverSchedule c) {
        field("application", c.application()).comma().field("wave", c.wave()).comma()
            .field("method", c.method().key()).comma()
            .field("start", c.start().toString()).comma().field("end", c.end().toString())
            .comma().field("keepUntil", c.keepUntil().toString()).comma();
        string("steps");
        json.append(": [");
        for (int i = 0; i < c.steps().size(); i++) {
            CutoverStep step = c.steps().get(i);
            json.append(i == 0 ? "{" : ", {");
            field("date", step.date().toString()).comma();
            json.append("\"awsPercent\": ").append(step.awsPercent()).append('}');
        }
        json.append(']');
    }

    private PlanJson comma() {
        json.append(", ");
        return this;
    }

    private PlanJson field(String name, String value) {
        string(name);
        json.append(": ");
        if (value == null) {
            json.append("null");
        } else {
            string(value);
        }
        return this;
    }

    private void strings(String name, List<String> values) {
        string(name);
        json.append(": [");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(", ");
            }
            string(values.get(i));
        }
        json.append(']');
    }

    private void string(String s) {
        json.append(JsonOut.quote(s));
    }
}
