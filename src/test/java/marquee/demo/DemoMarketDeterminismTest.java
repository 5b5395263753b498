package marquee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import marquee.catalog.Catalog;
import marquee.catalog.Screening;
import marquee.catalog.ScreeningFilter;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The same seed and settings give the same market, screening by screening. */
@MarqueeTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:determinism;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
class DemoMarketDeterminismTest {

    @Autowired
    DemoMarket market;
    @Autowired
    Catalog catalog;

    @Test
    void seeding_twice_lays_out_the_same_screenings() {
        market.seed();
        List<String> first = fingerprints();
        market.seed(); // a second copy of the same market, under new ids

        List<String> both = fingerprints();
        assertThat(first).isNotEmpty();
        assertThat(both).containsExactlyInAnyOrderElementsOf(Stream.concat(first.stream(), first.stream()).toList());
    }

    /** Each screening as what a moviegoer sees of it: where, what, when, how, for how much. */
    private List<String> fingerprints() {
        List<String> all = new ArrayList<>();
        PageOf<Screening> page;
        int n = 0;
        do {
            page = catalog.screenings(new ScreeningFilter(null, null, null, null), new PageRequest(n++, PageRequest.MAX_SIZE));
            page.items().forEach(s -> all.add(s.city() + "|" + catalog.film(s.filmId()).originalTitle() + "|"
                    + s.localStart() + "|" + s.format() + "|" + s.basePrice()));
        } while (page.items().size() == PageRequest.MAX_SIZE);
        return all;
    }
}
