package dev.envol.exports;

import dev.envol.cost.AwsSupportFormula;
import dev.envol.model.AwsSupport;
import java.math.BigDecimal;
import java.util.List;

/**
 * AWS's support formula as an Excel expression over a cell holding the month's AWS charges in
 * USD, written the way AWS publishes it (band edges in USD), so a reader can check it against
 * the pricing page: {@code MAX(100,0.1*MIN(X,10000)+0.07*MAX(0,MIN(X,80000)-10000)+...)}.
 * The bands come from {@link AwsSupportFormula}, so the workbook and the engine cannot differ.
 */
final class SupportFormulaText {
    private SupportFormulaText() {
    }

    /** The plan's price in USD for the charges in {@code usdCell}; "0" for Basic. */
    static String usd(AwsSupport plan, String usdCell) {
        List<AwsSupportFormula.Band> bands = AwsSupportFormula.bands(plan);
        if (bands.isEmpty()) {
            return "0";
        }
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < bands.size(); i++) {
            String from = plain(bands.get(i).fromUsd());
            String upTo = i + 1 < bands.size()
                ? "MIN(" + usdCell + "," + plain(bands.get(i + 1).fromUsd()) + ")" : usdCell;
            if (i > 0) {
                sum.append('+');
            }
            String rate = plain(bands.get(i).rate());
            sum.append(rate).append('*').append(i == 0 && "0".equals(from) ? upTo
                : "MAX(0," + upTo + "-" + from + ")");
        }
        return "MAX(" + plain(AwsSupportFormula.minimumUsd(plan)) + "," + sum + ")";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
