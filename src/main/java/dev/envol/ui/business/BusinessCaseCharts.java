package dev.envol.ui.business;

import dev.envol.cost.MonthCost;
import dev.envol.ui.Messages;
import dev.envol.ui.business.BusinessCaseViewModel.Bar;
import dev.envol.ui.business.BusinessCaseViewModel.Content;
import dev.envol.ui.business.BusinessCaseViewModel.Step;
import dev.envol.ui.panels.MoneyText;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * The four charts of the Business case view, refilled from a {@link Content}. Charts take
 * doubles: display only, the figures stay BigDecimal in the core. Months are a number axis
 * (index from the start month, labelled YYYY-MM every six months) so 36 or 60 months stay
 * readable; the break-even month is a vertical line on the cumulative chart.
 */
final class BusinessCaseCharts {
    private final Messages messages;
    final LineChart<Number, Number> runRate;
    final LineChart<Number, Number> cumulative;
    final StackedBarChart<String, Number> waterfall;
    final BarChart<Number, String> tornado;
    private final NumberAxis runRateX = monthAxis();
    private final NumberAxis cumulativeX = monthAxis();
    private final NumberAxis runRateY = new NumberAxis();
    private final NumberAxis cumulativeY = new NumberAxis();
    private final NumberAxis waterfallY = new NumberAxis();
    private final NumberAxis tornadoX = new NumberAxis();
    private final CategoryAxis tornadoY = new CategoryAxis();

    BusinessCaseCharts(Messages messages) {
        this.messages = messages;
        runRate = new LineChart<>(runRateX, runRateY);
        cumulative = new LineChart<>(cumulativeX, cumulativeY);
        waterfall = new StackedBarChart<>(new CategoryAxis(), waterfallY);
        tornado = new BarChart<>(tornadoX, tornadoY);
        runRate.setId("bc-run-rate");
        cumulative.setId("bc-cumulative");
        waterfall.setId("bc-waterfall");
        tornado.setId("bc-tornado");
        for (XYChart<?, ?> chart : List.of(runRate, cumulative, waterfall, tornado)) {
            chart.setAnimated(false);
            chart.getStyleClass().add("bc-chart");
            chart.setMinSize(260, 180);
        }
        runRate.setCreateSymbols(false);
        cumulative.setCreateSymbols(false);
        cumulative.getStyleClass().add("bc-cumulative");
        waterfall.setLegendVisible(false); // its own legend: bar colours are per bar, not series
        waterfall.getStyleClass().add("bc-waterfall");
        waterfall.setCategoryGap(14);
        tornado.getStyleClass().add("bc-tornado");
        // low and high side by side on each assumption's row: left of 0 lowers the NPV
        tornado.setCategoryGap(8);
        tornado.setBarGap(0);
    }

    void show(Content c) {
        StringConverter<Number> money = money(c.currency());
        for (NumberAxis axis : List.of(runRateY, cumulativeY, waterfallY, tornadoX)) {
            axis.setTickLabelFormatter(money);
            axis.setForceZeroInRange(true);
        }
        runRateY.setLabel(messages.get("bc.axis.monthly", c.currency()));
        cumulativeY.setLabel(c.currency());
        waterfallY.setLabel(messages.get("bc.axis.monthly", c.currency()));
        tornadoX.setLabel(messages.get("bc.axis.npvChange", format(c.npv(), c.currency())));
        List<MonthCost> months = c.months();
        YearMonth start = months.isEmpty() ? YearMonth.now() : months.get(0).month();
        for (NumberAxis axis : List.of(runRateX, cumulativeX)) {
            axis.setUpperBound(Math.max(1, months.size() - 1));
            axis.setTickLabelFormatter(monthLabels(start));
        }
        showRunRate(months);
        showCumulative(c, months);
        showWaterfall(c.waterfall());
        showTornado(c.tornado());
    }

    private void showRunRate(List<MonthCost> months) {
        runRate.setTitle(messages.get("bc.chart.runRate"));
        XYChart.Series<Number, Number> asIs = new XYChart.Series<>();
        asIs.setName(messages.get("business.asIs"));
        XYChart.Series<Number, Number> path = new XYChart.Series<>();
        path.setName(messages.get("business.path"));
        for (int i = 0; i < months.size(); i++) {
            asIs.getData().add(new XYChart.Data<>(i, months.get(i).asIs().doubleValue()));
            path.getData().add(new XYChart.Data<>(i,
                months.get(i).migrationPath().doubleValue()));
        }
        runRate.getData().setAll(List.of(asIs, path));
    }

    private void showCumulative(Content c, List<MonthCost> months) {
        cumulative.setTitle(c.breakEven() == null ? messages.get("bc.chart.cumulative")
            + " · " + messages.get("business.noBreakEven")
            : messages.get("bc.chart.cumulative") + " · "
                + messages.get("business.breakEvenTitle", c.breakEven()));
        XYChart.Series<Number, Number> savings = new XYChart.Series<>();
        savings.setName(messages.get("business.cumulative"));
        double min = 0;
        double max = 0;
        int breakEven = -1;
        for (int i = 0; i < months.size(); i++) {
            double v = months.get(i).cumulativeSavings().doubleValue();
            min = Math.min(min, v);
            max = Math.max(max, v);
            savings.getData().add(new XYChart.Data<>(i, v));
            if (months.get(i).month().toString().equals(c.breakEven())) {
                breakEven = i;
            }
        }
        List<XYChart.Series<Number, Number>> all = new ArrayList<>(List.of(savings));
        if (breakEven >= 0) {
            XYChart.Series<Number, Number> marker = new XYChart.Series<>();
            marker.setName(messages.get("business.breakEvenTitle", c.breakEven()));
            marker.getData().add(new XYChart.Data<>(breakEven, min));
            marker.getData().add(new XYChart.Data<>(breakEven, max));
            all.add(marker);
        }
        cumulative.getData().setAll(all);
    }

    private void showWaterfall(List<Step> steps) {
        waterfall.setTitle(messages.get("bc.chart.waterfall"));
        XYChart.Series<String, Number> base = new XYChart.Series<>();
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        for (Step s : steps) {
            String name = s.total() ? messages.get("bc.waterfall." + s.name()) : s.name();
            base.getData().add(new XYChart.Data<>(name, s.base().doubleValue()));
            bars.getData().add(new XYChart.Data<>(name, s.delta().abs().doubleValue()));
        }
        waterfall.getData().setAll(List.of(base, bars));
        // the base only lifts each bar to where the previous one ended
        base.getData().forEach(d -> d.getNode().getStyleClass().add("waterfall-base"));
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String style = s.total() ? "waterfall-total"
                : s.delta().signum() < 0 ? "waterfall-saving" : "waterfall-increase";
            bars.getData().get(i).getNode().getStyleClass().add(style);
        }
    }

    private void showTornado(List<Bar> bars) {
        tornado.setTitle(messages.get("bc.chart.tornado"));
        XYChart.Series<Number, String> low = new XYChart.Series<>();
        low.setName(messages.get("bc.tornado.low"));
        XYChart.Series<Number, String> high = new XYChart.Series<>();
        high.setName(messages.get("bc.tornado.high"));
        // largest swing on top: a vertical category axis lists its first category at the bottom;
        // not auto-ranged, or the axis would keep the order of the categories it first saw
        tornadoY.setAutoRanging(false);
        List<String> categories = new ArrayList<>();
        for (int i = bars.size() - 1; i >= 0; i--) {
            Bar b = bars.get(i);
            categories.add(b.label());
            low.getData().add(new XYChart.Data<>(b.lowChange().doubleValue(), b.label()));
            high.getData().add(new XYChart.Data<>(b.highChange().doubleValue(), b.label()));
        }
        tornadoY.getCategories().setAll(categories);
        tornado.getData().setAll(List.of(low, high));
    }

    private static NumberAxis monthAxis() {
        NumberAxis axis = new NumberAxis(0, 35, 6);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static StringConverter<Number> monthLabels(YearMonth start) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return start.plusMonths(n.longValue()).toString();
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
    }

    private StringConverter<Number> money(String currency) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return MoneyText.compact(BigDecimal.valueOf(n.doubleValue()), currency);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
    }

    private String format(BigDecimal amount, String currency) {
        return MoneyText.format(amount, currency, messages.locale(), 0);
    }
}
