package dev.envol.cost;

import static dev.envol.cost.CostCategory.LICENCES;
import static dev.envol.cost.CostCategory.PEOPLE;
import static dev.envol.cost.CostCategory.SUPPORT;

import java.math.BigDecimal;

/**
 * {@code org.team} and {@code external.system}, in either architecture: what running the estate
 * costs beyond its machines. A team has people ({@code staffFte} x the FTE monthly cost) and may
 * be an outsourced contract ({@code managedServicesMonthly}); both are people. Its tools are
 * licences, its support contracts support. An external system costs only its licence (SaaS
 * seats, a provider's fee) and support; without them it is free, as in the first release.
 * Amounts are typed in the model currency, per unit, times {@code count}.
 */
final class TeamRule implements CostRule {
    private final boolean people;

    TeamRule(boolean people) {
        this.people = people;
    }

    @Override
    public void price(LineBuilder in) {
        BigDecimal count = in.count();
        if (people) {
            BigDecimal fte = in.number("staffFte");
            if (fte != null) {
                in.local("staff", PEOPLE, count.multiply(fte), "FTE-month",
                    in.context().settings().fteMonthlyCost());
            }
            in.local("managed services", PEOPLE, count, "unit-month",
                in.number("managedServicesMonthly"));
        }
        in.local("licences", LICENCES, count, "unit-month", in.number("licenceMonthly"));
        in.local("support", SUPPORT, count, "unit-month", in.number("supportMonthly"));
    }
}
