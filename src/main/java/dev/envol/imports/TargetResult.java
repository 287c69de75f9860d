package dev.envol.imports;

import dev.envol.model.Component;
import java.math.BigDecimal;
import java.util.List;

/** The right-sized target: its components, the decision per server, and totals. */
record TargetResult(List<Component> components, List<SizingDecision> decisions,
                    List<String> notes, int instances, BigDecimal usdPerHour) {
}
