package dev.envol.exports;

import static dev.envol.exports.MarkdownText.cell;
import static dev.envol.exports.MarkdownText.header;
import static dev.envol.exports.MarkdownText.inline;
import static dev.envol.exports.MarkdownText.money;
import static dev.envol.exports.MarkdownText.number;
import static dev.envol.exports.MarkdownText.row;

import dev.envol.check.Finding;
import dev.envol.cost.ApplicationMigration;
import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostReport;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import dev.envol.plan.Flag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wiki page's tables: costs per application, waves and flags, findings, assumptions. */
final class WikiTables {
    private WikiTables() {
    }

    static void costs(StringBuilder md, WikiExporter.Page page) {
        CostReport report = page.report();
        String c = report.currency();
        Map<String, String> names = WikiExporter.names(report);
        Map<String, List<ComponentCost>> current = byApplication(report.current().components(),
            names);
        Map<String, List<ComponentCost>> target = byApplication(report.target().components(),
            names);
        md.append("## Costs per application\n\n");
        List<ApplicationMigration> apps = new ArrayList<>(page.business().applications());
        for (ApplicationMigration m : apps) {
            md.append("### ").append(inline(names.get(m.application()))).append(" (")
                .append(MarkdownText.code(m.application())).append(")\n\n");
            md.append("Strategy: ").append(m.strategy().key()).append(" · wave: ")
                .append(inline(WikiExporter.wave(m))).append(" · one-time cost: ")
                .append(money(m.oneTimeCost(), c)).append(" (").append(number(m.effortDays()))
                .append(" days)\n\n");
            table(md, current.getOrDefault(m.application(), List.of()),
                target.getOrDefault(m.application(), List.of()), c);
        }
        List<ComponentCost> loneCurrent = current.getOrDefault(CostReport.UNASSIGNED, List.of());
        List<ComponentCost> loneTarget = target.getOrDefault(CostReport.UNASSIGNED, List.of());
        if (!loneCurrent.isEmpty() || !loneTarget.isEmpty()) {
            md.append("### Components without an application\n\n");
            table(md, loneCurrent, loneTarget, c);
        }
    }

    private static Map<String, List<ComponentCost>> byApplication(List<ComponentCost> costs,
                                                                  Map<String, String> names) {
        Map<String, List<ComponentCost>> by = new LinkedHashMap<>();
        for (ComponentCost cost : costs) {
            String app = names.containsKey(cost.application()) ? cost.application()
                : CostReport.UNASSIGNED;
            by.computeIfAbsent(app, a -> new ArrayList<>()).add(cost);
        }
        return by;
    }

    private static void table(StringBuilder md, List<ComponentCost> current,
                              List<ComponentCost> target, String c) {
        md.append(header(List.of("Architecture", "Component", "Type", "Monthly", "Not priced"),
            false, false, false, true, false));
        for (ComponentCost cost : current) {
            component(md, "current", cost, c);
        }
        for (ComponentCost cost : target) {
            component(md, "target", cost, c);
        }
        md.append(row(List.of("**current**", "**total**", "",
            "**" + money(WikiExporter.total(current), c) + "**", "")));
        md.append(row(List.of("**target**", "**total**", "",
            "**" + money(WikiExporter.total(target), c) + "**", "")));
        md.append('\n');
    }

    private static void component(StringBuilder md, String architecture, ComponentCost cost,
                                  String c) {
        md.append(row(List.of(architecture, cell(cost.name()), cell(cost.type()),
            money(cost.monthly(), c), cell(String.join("; ", cost.unpriced())))));
    }

    static void waves(StringBuilder md, WikiExporter.Page page) {
        Map<String, String> names = WikiExporter.names(page.report());
        String c = page.report().currency();
        md.append("## Wave plan\n\n");
        md.append("Waves ").append(page.business().waveOrigin().equals("saved")
            ? "saved in the model." : "planned from the dependencies (not saved in the model).")
            .append("\n\n");
        if (page.waves().isEmpty()) {
            md.append("No waves.\n\n");
        } else {
            md.append(header(List.of("Wave", "Start", "Applications", "One-time cost"), false,
                false, false, true));
            for (Wave wave : page.waves()) {
                List<String> members = new ArrayList<>();
                java.math.BigDecimal cost = java.math.BigDecimal.ZERO;
                for (ApplicationMigration m : page.business().applications()) {
                    if (wave.id().equals(m.wave())) {
                        members.add(cell(names.get(m.application())));
                        cost = cost.add(m.oneTimeCost());
                    }
                }
                md.append(row(List.of(cell(wave.name()), wave.start().toString(),
                    String.join(", ", members), money(cost, c))));
            }
            md.append('\n');
        }
        md.append("### Flags\n\n");
        if (page.flags().isEmpty()) {
            md.append("No flags.\n\n");
            return;
        }
        md.append(header(List.of("Severity", "Code", "Applications", "Message")));
        for (Flag flag : page.flags()) {
            md.append(row(List.of(flag.severity().key(), MarkdownText.code(flag.code()),
                cell(String.join(", ", flag.applications())), cell(flag.message()))));
        }
        md.append('\n');
    }

    static void findings(StringBuilder md, WikiExporter.Page page) {
        md.append("## Findings\n\n");
        if (page.findings().isEmpty()) {
            md.append("No findings.\n\n");
            return;
        }
        md.append(header(List.of("Severity", "Code", "Architecture", "Component", "Message")));
        for (Finding f : page.findings()) {
            String message = f.suppressed()
                ? f.message() + " (accepted: " + f.suppressionReason() + ")" : f.message();
            md.append(row(List.of(f.severity().key(), MarkdownText.code(f.code()),
                f.architecture() == null ? "" : f.architecture().key(),
                cell(f.component()), cell(message))));
        }
        md.append('\n');
    }

    static void assumptions(StringBuilder md, WikiExporter.Page page) {
        CostReport report = page.report();
        Settings s = report.project().settings();
        String c = report.currency();
        md.append("## Assumptions\n\n");
        md.append(header(List.of("Assumption", "Value")));
        md.append(row(List.of("Region", cell(s.region()))));
        md.append(row(List.of("Currency", cell(c))));
        md.append(row(List.of("USD to " + cell(c), number(s.usdToCurrency()))));
        md.append(row(List.of("Hours per month", number(s.hoursPerMonth()))));
        md.append(row(List.of("Purchase option", s.pricing().key())));
        md.append(row(List.of("Day rate", money(s.dayRate(), c))));
        md.append(row(List.of("Dual-run months", Integer.toString(s.dualRunMonths()))));
        md.append(row(List.of("Wave length (months)", Integer.toString(s.waveLengthMonths()))));
        md.append(row(List.of("Discount rate (annual)", number(s.discountRate()))));
        md.append(row(List.of("FTE monthly cost", money(s.fteMonthlyCost(), c))));
        md.append(row(List.of("Start month, horizon", s.startMonth() + ", "
            + s.horizonMonths() + " months")));
        for (Strategy strategy : Strategy.values()) {
            md.append(row(List.of("Effort days: " + strategy.key(),
                number(s.effortDays(strategy)))));
        }
        md.append(row(List.of("Price catalog", cell(report.catalogSource()))));
        md.append(row(List.of("Price catalog date",
            report.catalogAsOf() == null ? "unknown" : report.catalogAsOf().toString())));
    }
}
