package dev.envol.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Sum} gives what adding one amount after the other gives: same value, same scale. */
class SumTest {
    private static BigDecimal added(List<BigDecimal> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal a : amounts) {
            total = total.add(a);
        }
        return total;
    }

    private static BigDecimal summed(List<BigDecimal> amounts) {
        Sum sum = new Sum();
        amounts.forEach(sum::add);
        return sum.total();
    }

    @Test
    void amountsOfNegativeScaleFirstAreAdded() {
        // an imported server's hardware cost of 1E+3 (scale -3) came first: the sum failed
        List<BigDecimal> amounts = List.of(new BigDecimal("1E+3"), new BigDecimal("2E+3"),
            new BigDecimal("12.50"), new BigDecimal("0.125"));
        assertThat(summed(amounts)).isEqualTo(added(amounts)).isEqualTo(new BigDecimal("3012.625"));
    }

    @Test
    void mixedScalesGiveTheSequentialSumExactly() {
        Random random = new Random(20261205);
        for (int round = 0; round < 200; round++) {
            List<BigDecimal> amounts = random.ints(1 + random.nextInt(60), -5_000_000, 5_000_000)
                .mapToObj(n -> BigDecimal.valueOf(n, random.nextInt(30) - 3)).toList();
            assertThat(summed(amounts)).as("round %d", round).isEqualTo(added(amounts));
        }
    }

    @Test
    void nothingAddedIsZero() {
        assertThat(new Sum().total()).isEqualTo(BigDecimal.ZERO);
    }
}
