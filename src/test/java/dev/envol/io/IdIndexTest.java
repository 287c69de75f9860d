package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    @Test
    void answersLikeAMapThroughGrowthAndCollisions() {
        Random random = new Random(7);
        IdIndex index = new IdIndex();
        Map<String, int[]> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            // "Aa" and "BB" share a hash code: colliding ids must still be told apart
            String id = (random.nextBoolean() ? "Aa" : "BB") + "-" + random.nextInt(12_000);
            int kind = random.nextInt(3);
            int line = i + 1;
            int first = index.declare(id, kind, line);
            int[] earlier = expected.putIfAbsent(id, new int[] {kind, line});
            if (earlier == null) {
                assertThat(first).as(id).isEqualTo(-1);
            } else {
                assertThat(index.kindAt(first)).as(id).isEqualTo(earlier[0]);
                assertThat(index.lineAt(first)).as(id).isEqualTo(earlier[1]);
            }
        }
        for (int n = 0; n < 12_000; n++) {
            for (String id : new String[] {"Aa-" + n, "BB-" + n}) {
                int[] declared = expected.get(id);
                assertThat(index.contains(id)).as(id).isEqualTo(declared != null);
                assertThat(index.kind(id)).as(id)
                    .isEqualTo(declared == null ? IdIndex.ABSENT : declared[0]);
            }
        }
    }
}
