package marquee.boxoffice.internal;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.NewRelease;
import marquee.catalog.ReleaseKind;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The box office keeps films in memory, and lets go of one when the catalog changes it. */
@MarqueeTest
class FilmTitlesTest {

    @Autowired
    Catalog catalog;
    @Autowired
    FilmTitles titles;

    @Test
    void aReleaseAddedLaterIsSeenByTheBoxOffice() {
        Film film = aFilm().titled("Farewell My Concubine").addTo(catalog);
        assertThat(titles.film(film.id()).releases()).hasSize(1);

        catalog.addRelease(film.id(), new NewRelease(ReleaseKind.RESTORED, LocalDate.of(2027, 1, 1), List.of("4K"), "restored"));

        assertThat(titles.film(film.id()).releases()).hasSize(2);
    }

    @Test
    void anAnnouncementIsSeenByTheBoxOffice() {
        Film film = aFilm().titled("A Quiet Premiere").unannounced().addTo(catalog);
        assertThat(titles.film(film.id()).announced()).isFalse();

        catalog.announce(film.id());

        assertThat(titles.film(film.id()).announced()).isTrue();
    }
}
