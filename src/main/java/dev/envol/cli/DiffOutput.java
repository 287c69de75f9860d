package dev.envol.cli;

import dev.envol.cost.ComponentChange;
import dev.envol.cost.CostDiff;
import java.math.BigDecimal;

/** {@code diff} as a table (pastes into a merge request as a code block) or as JSON. */
final class DiffOutput {
    private DiffOutput() {
    }

    static String table(CostDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("Monthly cost in ").append(diff.currency()).append('\n');
        TextTable totals = new TextTable().row("", "Old", "New", "Change").rule()
            .row("current", Amounts.money(diff.oldCurrent()), Amounts.money(diff.newCurrent()),
                signed(diff.newCurrent().subtract(diff.oldCurrent())))
            .row("target", Amounts.money(diff.oldTarget()), Amounts.money(diff.newTarget()),
                signed(diff.newTarget().subtract(diff.oldTarget())))
            .row("savings", Amounts.money(diff.oldSavings()), Amounts.money(diff.newSavings()),
                signed(diff.newSavings().subtract(diff.oldSavings())));
        out.append(totals.render());
        if (!diff.settings().isEmpty()) {
            out.append("\nSettings: ").append(String.join("; ", diff.settings())).append('\n');
        }
        if (diff.components().isEmpty()) {
            return out.append("\nNo component changed.\n").toString();
        }
        TextTable table = new TextTable().row("Component", "Status", "Old", "New", "Change",
            "Why").textFrom(5).rule();
        for (ComponentChange c : diff.components()) {
            table.row(c.architecture().key() + "/" + c.id(), c.status().key(),
                c.oldMonthly() == null ? "" : Amounts.money(c.oldMonthly()),
                c.newMonthly() == null ? "" : Amounts.money(c.newMonthly()),
                signed(c.delta()), String.join("; ", c.reasons()));
        }
        return out.append('\n').append(table.render()).toString();
    }

    static String json(CostDiff diff) {
        JsonOut json = new JsonOut().beginObject();
        json.field("currency", diff.currency());
        total(json.key("current"), diff.oldCurrent(), diff.newCurrent());
        total(json.key("target"), diff.oldTarget(), diff.newTarget());
        total(json.key("savings"), diff.oldSavings(), diff.newSavings());
        json.key("settings").beginArray();
        diff.settings().forEach(json::string);
        json.endArray();
        json.key("components").beginArray();
        for (ComponentChange c : diff.components()) {
            json.beginObject()
                .field("architecture", c.architecture().key())
                .field("id", c.id())
                .field("name", c.name())
                .field("status", c.status().key())
                .field("old", Amounts.cents(c.oldMonthly()))
                .field("new", Amounts.cents(c.newMonthly()))
                .field("delta", Amounts.cents(c.delta()));
            json.key("reasons").beginArray();
            c.reasons().forEach(json::string);
            json.endArray().endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static void total(JsonOut json, BigDecimal old, BigDecimal now) {
        json.beginObject().field("old", Amounts.cents(old)).field("new", Amounts.cents(now))
            .field("delta", Amounts.cents(now.subtract(old))).endObject();
    }

    private static String signed(BigDecimal delta) {
        String money = Amounts.money(delta);
        return delta.signum() > 0 ? "+" + money : money;
    }
}
