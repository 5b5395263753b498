package marquee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import marquee.catalog.Catalog;
import marquee.catalog.CatalogSize;
import marquee.catalog.City;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.shared.PageRequest;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo market at its default size: real cities in every tier, the press-release films, two weeks of screenings. */
@MarqueeTest
@TestPropertySource(properties = {"marquee.demo.cinemas=320", "marquee.demo.days=14"})
class DemoMarketPlanTest {

    @Autowired
    DemoMarket market;
    @Autowired
    Catalog catalog;

    @Test
    void seeds_a_realistic_market_once_into_an_empty_store() {
        SeedReport report = market.seedIfEmpty().orElseThrow();
        CatalogSize size = report.size();

        assertThat(size.cinemas()).isGreaterThanOrEqualTo(300);
        assertThat(catalog.cities()).hasSizeGreaterThanOrEqualTo(60)
                .extracting(City::tier).contains(1, 2, 3, 4, 5);
        assertThat(size.halls()).isBetween(3 * size.cinemas(), 12 * size.cinemas());
        assertThat(size.seats()).isGreaterThan(size.halls() * 50);
        assertThat(size.screenings()).isGreaterThan(size.halls() * 14 * 3);
        assertThat(catalog.films(FilmFilter.any(), new PageRequest(0, 100)).items()).extracting(Film::internationalTitle)
                .contains("Suzume", "The First Slam Dunk", "Castle in the Sky", "Stand by Me Doraemon 2", "Your Name",
                        "Lost in the Stars", "Chang An", "One and Only", "All Ears", "A Dog's Purpose", "Green Book",
                        "Capernaum", "Avengers: Endgame", "The Legend of 1900", "Love Letter", "Departures", "Free Solo",
                        "Dwelling by the West Lake", "Snow Leopard", "A Long Shot", "Fly Me to the Moon");
        assertThat(market.seedIfEmpty()).isEmpty();
    }
}
