package marquee.bench.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagesBenchTest {

    @Test
    void percentiles_are_nearest_rank() {
        long[] twenty = new long[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = (i + 1) * 10L;
        }
        assertThat(PagesBench.percentile(twenty, 0.50)).isEqualTo(100);
        assertThat(PagesBench.percentile(twenty, 0.95)).isEqualTo(190);
        assertThat(PagesBench.percentile(new long[] {7}, 0.95)).isEqualTo(7);
        assertThat(PagesBench.percentile(new long[0], 0.95)).isZero();
    }

    @Test
    void every_page_is_named_once_and_a_page_without_its_id_is_left_out_not_guessed() {
        List<PagesBench.Page> none = PagesBench.pages(new Ids());
        assertThat(none).extracting(PagesBench.Page::name).doesNotHaveDuplicates();
        assertThat(none).filteredOn(p -> p.name().contains("{")).allMatch(p -> p.path() == null);

        Ids ids = new Ids();
        ids.film = 3L;
        ids.otherFilm = 4L;
        ids.cinema = 9L;
        List<PagesBench.Page> pages = PagesBench.pages(ids);
        assertThat(pages).filteredOn(p -> p.name().equals("/films/{id}")).singleElement()
                .extracting(PagesBench.Page::path).isEqualTo("/films/3");
        assertThat(pages).filteredOn(p -> p.name().equals("/audience/compare")).singleElement()
                .extracting(PagesBench.Page::path).isEqualTo("/audience/compare?a=3&b=4");
        assertThat(pages).filteredOn(p -> p.path() != null).allMatch(p -> p.path().startsWith("/"));
    }
}
