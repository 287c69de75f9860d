package dev.envol.cost;

import static dev.envol.cost.CostCategory.FACILITIES;
import static dev.envol.cost.CostCategory.LICENCES;
import static dev.envol.cost.CostCategory.PEOPLE;

import java.math.BigDecimal;

/**
 * Every {@code onprem.*} type: hardware amortised over {@code amortizationMonths}, licences,
 * support, hosting, managed services and a staff share, each per unit and times {@code count}.
 * Amounts are already in the model currency. Hardware and support count in the category of what
 * the box is (a database server is database cost); hosting is facilities, managed services and
 * staff are people.
 */
final class OnPremRule implements CostRule {
    private final CostCategory hardware;

    OnPremRule(CostCategory hardware) {
        this.hardware = hardware;
    }

    @Override
    public void price(LineBuilder in) {
        BigDecimal count = in.count();
        BigDecimal hardwareCost = in.number("hardwareCost");
        BigDecimal months = in.number("amortizationMonths");
        if (hardwareCost != null && hardwareCost.signum() > 0) {
            if (months == null || months.signum() == 0) {
                in.unpriced("hardware: amortizationMonths must be more than 0");
            } else {
                in.local("hardware amortisation (" + months.toPlainString() + " months)",
                    hardware, count, "unit-month",
                    hardwareCost.divide(months, Precision.SCALE, Precision.ROUNDING));
            }
        }
        in.local("licences", LICENCES, count, "unit-month", in.number("licenceMonthly"));
        in.local("support", hardware, count, "unit-month", in.number("supportMonthly"));
        in.local("hosting", FACILITIES, count, "unit-month", in.number("hostingMonthly"));
        in.local("managed services", PEOPLE, count, "unit-month",
            in.number("managedServicesMonthly"));
        BigDecimal fte = in.number("staffFte");
        if (fte != null) {
            in.local("staff share", PEOPLE, count.multiply(fte), "FTE-month",
                in.context().settings().fteMonthlyCost());
        }
    }
}
