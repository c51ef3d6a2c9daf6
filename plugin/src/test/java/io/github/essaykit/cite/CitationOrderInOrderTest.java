package io.github.essaykit.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An essay's keys in the site's order: those the order holds, each once, by place, as a comparator of places sorts them. */
class CitationOrderInOrderTest {

    @Test
    void keysComeInTheOrdersPlacesEachOnceAndOnlyThoseItHolds() {
        Random random = new Random(11);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            order.add("key" + random.nextInt(1_000_000));
        }
        CitationOrder citationOrder = new CitationOrder(order, Map.of(), Map.of(), Map.of());
        for (int round = 0; round < 2_000; round++) {
            List<String> keys = new ArrayList<>();
            for (int k = random.nextInt(40); k > 0; k--) { // some twice, some the order lacks
                keys.add(random.nextInt(5) == 0 ? "absent" + random.nextInt(10) : order.get(random.nextInt(order.size())));
            }
            List<String> expected = new ArrayList<>(new LinkedHashSet<>(keys));
            expected.removeIf(key -> !order.contains(key));
            expected.sort(Comparator.comparing(order::indexOf));
            assertThat(citationOrder.inOrder(keys)).as(keys.toString()).isEqualTo(expected);
            assertThat(citationOrder.inOrder(new LinkedHashSet<>(keys))).isEqualTo(expected);
        }
    }
}
