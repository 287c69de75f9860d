package dev.envol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linked groups end up near each other on the page; the order stays a permutation. */
class PageOrderTest {
    private static final Rect BOX = new Rect(0, 0, 200, 120);

    @Test
    void groupsLinkedAcrossThePageBecomeNeighbours() {
        // nine equal boxes, three to a row: 0 and 8 sit at opposite corners, linked twice
        List<Rect> boxes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            boxes.add(BOX);
        }
        List<PageOrder.End> links = List.of(new PageOrder.End(0, 100, 60, 8, 100, 60),
            new PageOrder.End(8, 100, 60, 0, 100, 60));
        double width = 3 * 200 + 2 * PagePacking.GAP;
        int[] order = PageOrder.improve(boxes, links, width);

        assertThat(Arrays.stream(order).sorted().toArray())
            .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        int at0 = indexOf(order, 0);
        int at8 = indexOf(order, 8);
        boolean sameRowNextTo = at0 / 3 == at8 / 3 && Math.abs(at0 - at8) == 1;
        boolean sameColumnNextTo = Math.abs(at0 - at8) == 3;
        assertThat(sameRowNextTo || sameColumnNextTo).as("order %s", Arrays.toString(order))
            .isTrue();
    }

    @Test
    void withoutLinksTheOrderIsKept() {
        List<Rect> boxes = List.of(BOX, new Rect(0, 0, 300, 80), BOX, BOX);
        assertThat(PageOrder.improve(boxes, List.of(), 500)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aSmallPageGetsSeveralOrdersToTryTheFirstBeingTheImprovedGivenOne() {
        List<Rect> boxes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boxes.add(BOX);
        }
        List<PageOrder.End> links = List.of(new PageOrder.End(0, 100, 60, 5, 100, 60),
            new PageOrder.End(1, 100, 60, 4, 100, 60), new PageOrder.End(2, 100, 60, 3, 100, 60));
        double width = 3 * 200 + 2 * PagePacking.GAP;
        List<int[]> orders = PageOrder.orders(boxes, links, width);

        assertThat(orders).hasSize(PageOrder.TRIES);
        assertThat(orders.get(0)).containsExactly(PageOrder.improve(boxes, links, width));
        for (int[] order : orders) {
            assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(0, 1, 2, 3, 4, 5);
        }
        assertThat(orders.stream().map(Arrays::toString).distinct().count()).isGreaterThan(1);
    }

    private static int indexOf(int[] order, int group) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == group) {
                return i;
            }
        }
        return -1;
    }
}
