package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.InputException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLineTest {
    private static final String ALPHABET = "ab,\" -é.";

    /** Quoting then splitting gives the fields back, with and without quotes in the line. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void splitReadsBackWhatQuoteWrote(long seed) {
        Random random = new Random(seed);
        for (int line = 0; line < 500; line++) {
            List<String> fields = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                StringBuilder field = new StringBuilder();
                int length = random.nextInt(6);
                for (int c = 0; c < length; c++) {
                    field.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                fields.add(field.toString());
            }
            String text = fields.stream().map(CsvLine::quote).collect(Collectors.joining(","));
            assertThat(CsvLine.split(text)).as("seed %d, line %s", seed, text)
                .containsExactlyElementsOf(fields);
        }
    }

    @Test
    void emptyFieldsAreKeptAtBothEnds() {
        assertThat(CsvLine.split(",a,,b,")).containsExactly("", "a", "", "b", "");
        assertThat(CsvLine.split("")).containsExactly("");
    }

    @Test
    void aPriceLineWithoutAPriceNamesTheFileAndLine() {
        String file = "s,1,test\np,ec2,eu-west-3,m5.large,linux,on-demand,,hour,,,2026-01-01,1\n";
        assertThatThrownBy(() -> PriceFile.read(new BufferedReader(new StringReader(file)), "x.csv"))
            .isInstanceOf(InputException.class).hasMessageContaining("x.csv line 2");
    }
}
