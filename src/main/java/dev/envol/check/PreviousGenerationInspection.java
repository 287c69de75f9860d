package dev.envol.check;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EC2 instances, Auto Scaling groups, RDS databases and ElastiCache clusters on a previous
 * generation (m4, c4, r4, t2, m3 ...): the current generation at the same size is faster and
 * usually cheaper; the message gives the monthly saving priced by the catalog.
 */
public final class PreviousGenerationInspection extends RuleInspection {
    public static final String CODE = "cost.previous-generation";

    public PreviousGenerationInspection() {
        super(CODE, Severity.WARNING,
            "Previous-generation instance types, with the saving of the current generation");
    }

    @Override
    public List<Finding> inspect(CheckContext context) {
        InstancePricing pricing = new InstancePricing(context.prices(),
            context.project().settings());
        List<Finding> findings = new ArrayList<>();
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            for (Component c : context.topology(kind).components()) {
                Optional<String> type = InstancePricing.instanceType(c);
                if (type.isEmpty()) {
                    continue;
                }
                Alternative.cheapest(pricing, c, type.get(),
                        InstanceFamilies.successors(type.get()))
                    .ifPresent(alt -> findings.add(finding(kind, c,
                        message(c, type.get(), alt, pricing))));
            }
        }
        return findings;
    }

    private static String message(Component c, String type, Alternative alt,
                                  InstancePricing pricing) {
        String head = Describe.component(c) + " uses " + type + ", a previous generation: ";
        if (alt.saving() == null) {
            return head + "move to " + alt.instanceType() + " (same size, newer hardware; no"
                + " saving computed: " + alt.unpriced() + ").";
        }
        if (alt.saves()) {
            return head + "move to " + alt.instanceType() + " to save "
                + pricing.money(alt.saving()) + " a month at the same size.";
        }
        return head + "move to " + alt.instanceType() + " for newer hardware at the same size ("
            + pricing.money(alt.saving().negate()) + " a month more).";
    }
}
