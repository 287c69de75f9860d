package dev.envol.ui.panels;

import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostLine;
import dev.envol.cost.CostReport;
import dev.envol.cost.LineTiers;
import dev.envol.cost.TierSummary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text of the volume tiers for the desktop app: a component's tiered lines (badge tooltip) and
 * the estimate's tiered items (Costs panel). Plain text, no JavaFX, so it is tested alone.
 */
public final class TierBreakdown {
    private TierBreakdown() {
    }

    /**
     * A tiered line of one component as the inspector lists it.
     *
     * @param item  what the line pays for ("data out (GB)")
     * @param share this component's part of the item's total, and what it pays
     * @param tiers each tier the item's total reaches: range, quantity x rate = amount (of the
     *              whole total, which this component shares pro rata); empty when only the first
     *              tier is known
     */
    public record LineView(String item, String share, List<String> tiers) {
    }

    /** The tiered and first-tier-only lines of {@code c}, for the inspector and the badge. */
    public static List<LineView> lines(ComponentCost c, String currency, Locale locale) {
        List<LineView> views = new ArrayList<>();
        for (CostLine line : c.lines()) {
            if (line.isFirstTierOnly()) {
                views.add(new LineView(line.item(), "first-tier only (AWS bills it in tiers the"
                    + " catalog does not know: an upper bound)", List.of()));
            } else if (line.isTiered()) {
                LineTiers t = line.tiers();
                String percent = percent(t.share(line.quantity()), locale);
                String share = number(line.quantity(), locale) + " of "
                    + number(t.totalQuantity(), locale) + " " + line.unit() + " (" + percent
                    + ") at the blended " + rate(line.unitPrice()) + " " + currency + "/"
                    + line.unit() + " = " + MoneyText.format(line.amount(), currency, locale, 2);
                List<String> tiers = new ArrayList<>();
                for (LineTiers.TierUse use : t.uses()) {
                    tiers.add(range(use, line.unit(), locale) + ": " + number(use.quantity(), locale)
                        + " x " + rate(use.unitPrice()) + " = "
                        + MoneyText.format(use.amount(), currency, locale, 2)
                        + (use.assumed() ? " (beyond the last known tier)" : ""));
                }
                views.add(new LineView(line.item(), share, tiers));
            }
        }
        return views;
    }

    /** One line per tiered or first-tier-only line of {@code c}; null when it has none. */
    public static String of(ComponentCost c, String currency, Locale locale) {
        List<String> text = new ArrayList<>();
        for (LineView view : lines(c, currency, locale)) {
            text.add(view.item() + ": " + view.share()
                + (view.tiers().isEmpty() ? "" : " (" + String.join("; ", view.tiers()) + ")"));
        }
        return text.isEmpty() ? null : String.join("\n", text);
    }

    private static String range(LineTiers.TierUse use, String unit, Locale locale) {
        return number(use.fromUnits(), locale) + (use.toUnits() == null ? "+"
            : "-" + number(use.toUnits(), locale)) + " " + unit;
    }

    private static String percent(BigDecimal share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** One line per tiered item of the estimate; "" when there is none. */
    public static String of(CostReport report, Locale locale) {
        List<String> text = new ArrayList<>();
        for (TierSummary item : TierSummary.of(report)) {
            LineTiers t = item.tiers();
            String unit = item.lines().get(0).line().unit();
            text.add("Volume tiers, " + item.architecture().key() + " " + t.group() + ": "
                + number(t.totalQuantity(), locale) + " " + unit + " = "
                + MoneyText.format(t.totalAmount(), report.currency(), locale, 2) + ", blended "
                + rate(t.totalAmount().divide(t.totalQuantity(), MathContext.DECIMAL64)) + " "
                + report.currency() + "/" + unit + " over " + item.lines().size()
                + " component(s) (" + tiers(t, locale) + ")");
        }
        int upper = TierSummary.firstTierOnly(report).size();
        if (upper > 0) {
            text.add(upper + " line(s) at the first tier only (upper bounds)");
        }
        return String.join("\n", text);
    }

    private static String tiers(LineTiers t, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (LineTiers.TierUse use : t.uses()) {
            parts.add(number(use.quantity(), locale) + " at " + rate(use.unitPrice()));
        }
        return String.join(", ", parts);
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String rate(BigDecimal value) {
        return value.round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
