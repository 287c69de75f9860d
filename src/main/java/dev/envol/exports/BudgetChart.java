package dev.envol.exports;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.MonthCost;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary's line chart of the timeline (as-is, migration path, cumulative savings). Drawn on
 * the plain XSSF sheet before the workbook is streamed (SXSSF cannot add a chart part); its
 * series refer to the Timeline's cells, and carry the engine's figures as their cached values
 * so a viewer that does not recalculate still shows the curve.
 */
final class BudgetChart {
    private BudgetChart() {
    }

    static void draw(XSSFSheet summary, BusinessCase business) {
        List<MonthCost> months = business.months();
        if (months.isEmpty()) {
            return;
        }
        int first = TimelineSheet.FIRST;
        int last = first + months.size() - 1;
        XSSFDrawing drawing = summary.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 9, 10, 32);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Timeline (" + business.currency() + " per month)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        String[] labels = months.stream().map(m -> m.month().toString()).toArray(String[]::new);
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromArray(labels,
            BudgetSheets.range(BudgetSheets.TIMELINE, TimelineSheet.MONTH, first, last));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom,
            left);
        series(data, x, "As-is", months, MonthCost::asIs, TimelineSheet.AS_IS, first, last,
            new byte[] {(byte) 0x23, (byte) 0x2F, (byte) 0x3D});
        series(data, x, "Migration path", months, MonthCost::migrationPath, TimelineSheet.PATH,
            first, last, new byte[] {(byte) 0xED, (byte) 0x71, (byte) 0x00});
        series(data, x, "Cumulative savings", months, MonthCost::cumulativeSavings,
            TimelineSheet.CUMULATIVE, first, last, new byte[] {(byte) 0x7A, (byte) 0xA1, 0x16});
        chart.plot(data);
    }

    private static void series(XDDFLineChartData data, XDDFDataSource<String> x, String title,
                               List<MonthCost> months,
                               Function<MonthCost, java.math.BigDecimal> value, char column,
                               int first, int last, byte[] rgb) {
        Double[] values = months.stream().map(m -> value.apply(m).doubleValue())
            .toArray(Double[]::new);
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(values,
            BudgetSheets.range(BudgetSheets.TIMELINE, column, first, last));
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(x, y);
        s.setTitle(title, null);
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.NONE);
        // without explicit line properties some viewers draw the series invisible
        XDDFLineProperties line = new XDDFLineProperties(
            new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(2.0);
        s.setLineProperties(line);
    }
}
