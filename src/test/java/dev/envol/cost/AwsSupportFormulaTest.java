package dev.envol.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.AwsSupport;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AWS's published support formula at every band edge, with the arithmetic written out. Amounts
 * in USD a month.
 */
class AwsSupportFormulaTest {

    @ParameterizedTest(name = "{0} on {1} USD = {2} USD ({3})")
    @CsvSource(delimiter = '|', textBlock = """
        basic      | 0          | 0        | free whatever the charges
        basic      | 500000     | 0        | free whatever the charges
        developer  | 0          | 29       | max(29, 3 % x 0 = 0)
        developer  | 966        | 29       | max(29, 3 % x 966 = 28.98)
        developer  | 966.67     | 29.0001  | 3 % x 966.67 = 29.0001: the minimum ends at 29 / 3 % = 966.67
        developer  | 1000       | 30       | 3 % x 1,000
        business   | 0          | 100      | max(100, 0)
        business   | 999.99     | 100      | max(100, 10 % x 999.99 = 99.999)
        business   | 1000       | 100      | 10 % x 1,000 = 100: the minimum's edge
        business   | 9999.99    | 999.999  | 10 % x 9,999.99
        business   | 10000      | 1000     | 10 % x 10,000
        business   | 10000.01   | 1000.0007 | 1,000 + 7 % x 0.01
        business   | 80000      | 5900     | 1,000 + 7 % x 70,000 (4,900)
        business   | 80000.01   | 5900.0005 | 5,900 + 5 % x 0.01
        business   | 250000     | 14400    | 5,900 + 5 % x 170,000 (8,500)
        business   | 250000.01  | 14400.0003 | 14,400 + 3 % x 0.01
        business   | 300000     | 15900    | 14,400 + 3 % x 50,000 (1,500)
        enterprise | 0          | 15000    | max(15,000, 0)
        enterprise | 100000     | 15000    | max(15,000, 10 % x 100,000 = 10,000)
        enterprise | 150000     | 15000    | 10 % x 150,000 = 15,000: the minimum's edge
        enterprise | 150000.01  | 15000.0007 | 15,000 + 7 % x 0.01
        enterprise | 500000     | 39500    | 15,000 + 7 % x 350,000 (24,500)
        enterprise | 1000000    | 64500    | 39,500 + 5 % x 500,000 (25,000)
        enterprise | 2000000    | 94500    | 64,500 + 3 % x 1,000,000 (30,000)
        """)
    void publishedFormulaAtEveryBandEdge(String plan, String chargesUsd, String expectedUsd,
                                         String arithmetic) {
        BigDecimal price = AwsSupportFormula.monthlyUsd(AwsSupport.fromKey(plan).orElseThrow(),
            new BigDecimal(chargesUsd));
        assertThat(price).as(arithmetic).isEqualByComparingTo(expectedUsd);
    }

    @ParameterizedTest(name = "{0} on {1} EUR at 0.92 = {2} EUR")
    @CsvSource(delimiter = '|', textBlock = """
        business   | 0        | 92      | the 100 USD minimum x 0.92
        business   | 9200     | 920     | 10,000 USD of charges: 1,000 USD x 0.92
        business   | 73600    | 5428    | 80,000 USD of charges: 5,900 USD x 0.92
        enterprise | 138000   | 13800   | 150,000 USD of charges: 15,000 USD x 0.92
        developer  | 920      | 27.6    | 1,000 USD of charges: 30 USD x 0.92
        """)
    void inTheModelCurrencyTheBandEdgesMoveWithTheRate(String plan, String chargesEur,
                                                        String expectedEur, String arithmetic) {
        BigDecimal price = AwsSupportFormula.monthly(AwsSupport.fromKey(plan).orElseThrow(),
            new BigDecimal(chargesEur), new BigDecimal("0.92"));
        assertThat(price).as(arithmetic).isEqualByComparingTo(expectedEur);
    }
}
