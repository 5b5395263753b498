package marquee.boxoffice;

import static marquee.boxoffice.SaleEvents.BEIJING_WANDA;
import static marquee.boxoffice.SaleEvents.SUZHOU_CGV;
import static marquee.boxoffice.SaleEvents.aSale;
import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.accounts.Tenant;
import marquee.booking.TicketsSold;
import marquee.boxoffice.MarketShare.By;
import marquee.boxoffice.MarketShare.Slice;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.NewRelease;
import marquee.catalog.ReleaseKind;
import marquee.shared.InvalidInput;
import marquee.shared.security.TenantKind;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Market share of a period and the best opening days by genre, from the live rollups and the catalog. */
@MarqueeTest
class MarketShareTest {

    @Autowired
    SalesIntake intake;
    @Autowired
    BoxOffice boxOffice;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void the_share_of_a_period_by_distributor_country_and_genre_adds_up_and_splits_a_films_genres_equally() {
        AccountFixtures fixtures = new AccountFixtures(accounts, tokens);
        Tenant lumen = fixtures.tenant(TenantKind.DISTRIBUTOR);
        Tenant huaxia = fixtures.tenant(TenantKind.DISTRIBUTOR);
        Film anime = aFilm().titled("Share anime").withGenres("Animation", "Fantasy", "Drama").madeIn("Japan")
                .ownedBy(lumen.id()).addTo(catalog);
        Film documentary = aFilm().titled("Share documentary").withGenres("Documentary").madeIn("United States")
                .ownedBy(huaxia.id()).addTo(catalog);
        Film drama = aFilm().titled("Share drama").withGenres("Drama").madeIn("China").addTo(catalog);
        deliver(sale(anime, "2029-03-02T12:00:00Z", 1, 10_001),
                sale(documentary, "2029-03-03T12:00:00Z", 2, 3_000),
                sale(drama, "2029-03-07T12:00:00Z", 1, 4_000),
                sale(drama, "2029-03-08T12:00:00Z", 5, 4_000)); // the day after the period

        LocalDate from = LocalDate.of(2029, 3, 1);
        LocalDate to = LocalDate.of(2029, 3, 7);
        MarketShare byDistributor = boxOffice.share(By.DISTRIBUTOR, from, to);
        MarketShare byCountry = boxOffice.share(By.COUNTRY, from, to);
        MarketShare byGenre = boxOffice.share(By.GENRE, from, to);

        assertThat(byDistributor.totalGrossMinor()).isEqualTo(20_001);
        assertThat(byDistributor.totalAdmissions()).isEqualTo(4);
        assertThat(byDistributor.films()).isEqualTo(3);
        assertThat(byDistributor.slices()).extracting(Slice::name, Slice::grossMinor, Slice::grossSharePct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lumen.name(), 10_001L, 50.0),
                        org.assertj.core.groups.Tuple.tuple(huaxia.name(), 6_000L, 30.0),
                        org.assertj.core.groups.Tuple.tuple("Market-wide / unassigned", 4_000L, 20.0));
        assertThat(byDistributor.slices().getFirst().key()).isEqualTo(Long.toString(lumen.id()));
        assertThat(byCountry.slices()).extracting(s -> s.name() + " " + s.grossMinor())
                .containsExactly("Japan 10001", "United States 6000", "China 4000");
        // 10,001 fen in three genres: 3,334 + 3,334 + 3,333; its one admission goes to its first genre
        assertThat(byGenre.slices()).extracting(s -> s.name() + " " + s.grossMinor() + " " + s.admissions() + " " + s.films())
                .containsExactly("Drama 7333 1 2", "Documentary 6000 2 1", "Animation 3334 1 1", "Fantasy 3334 0 1");
        for (MarketShare share : List.of(byDistributor, byCountry, byGenre)) {
            assertThat(share.slices().stream().mapToLong(Slice::grossMinor).sum()).isEqualTo(share.totalGrossMinor());
            assertThat(share.slices().stream().mapToLong(Slice::admissions).sum()).isEqualTo(share.totalAdmissions());
        }
        assertThat(byGenre.note()).contains("equal part");
    }

    @Test
    void a_period_is_checked_and_defaults_to_the_last_seven_days() {
        MarketShare lastWeek = boxOffice.share(By.GENRE, null, null);
        assertThat(lastWeek.from()).isEqualTo(lastWeek.to().minusDays(6));
        assertThat(boxOffice.share(By.COUNTRY, LocalDate.of(2029, 1, 1), LocalDate.of(2030, 1, 1)).from())
                .isEqualTo(LocalDate.of(2029, 1, 1)); // 366 days

        assertThatThrownBy(() -> boxOffice.share(By.COUNTRY, LocalDate.of(2029, 3, 8), LocalDate.of(2029, 3, 7)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "from");
        assertThatThrownBy(() -> boxOffice.share(By.COUNTRY, LocalDate.of(2029, 1, 1), LocalDate.of(2030, 1, 2)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "to");
        assertThatThrownBy(() -> By.parse("galaxy")).isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "by");
        assertThatThrownBy(() -> boxOffice.recordsByGenre(0)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_best_opening_days_by_genre_count_each_release_on_its_own_day_in_each_of_the_films_genres() {
        String first = "Opening test A " + System.nanoTime();
        String second = "Opening test B " + System.nanoTime();
        Film both = aFilm().titled("Opens in two genres").withGenres(first, second).releasedOn(LocalDate.of(2029, 5, 1)).addTo(catalog);
        catalog.addRelease(both.id(), new NewRelease(ReleaseKind.RE_RELEASE, LocalDate.of(2029, 5, 10), List.of("2D"), null));
        Film one = aFilm().titled("Opens in one genre").withGenres(first).releasedOn(LocalDate.of(2029, 5, 2)).addTo(catalog);
        Film late = aFilm().titled("Sells after its opening").withGenres(second).releasedOn(LocalDate.of(2029, 5, 3)).addTo(catalog);
        deliver(sale(both, "2029-05-01T12:00:00Z", 4, 5_000), sale(both, "2029-05-02T12:00:00Z", 10, 5_000),
                sale(both, "2029-05-10T12:00:00Z", 1, 5_000),
                sale(one, "2029-05-02T12:00:00Z", 6, 5_000),
                sale(late, "2029-05-04T12:00:00Z", 9, 5_000));

        GenreRecords records = boxOffice.recordsByGenre(5);

        List<GenreRecords.Genre> ours = records.genres().stream().filter(g -> g.genre().equals(first) || g.genre().equals(second)).toList();
        assertThat(ours).extracting(GenreRecords.Genre::genre).containsExactly(first, second);
        assertThat(ours.get(0).bestOpeningDays()).extracting(o -> o.title() + " " + o.releaseKind() + " " + o.grossMinor())
                .containsExactly("Opens in one genre FIRST_RELEASE 30000", "Opens in two genres FIRST_RELEASE 20000",
                        "Opens in two genres RE_RELEASE 5000");
        assertThat(ours.get(1).bestOpeningDays()).extracting(GenreRecords.Opening::grossMinor).containsExactly(20_000L, 5_000L);
        assertThat(records.covers()).contains("imported market history has no genres");
        assertThat(boxOffice.recordsByGenre(1).genres().stream().filter(g -> g.genre().equals(first)).findFirst().orElseThrow()
                .bestOpeningDays()).hasSize(1);
    }

    private static TicketsSold sale(Film film, String screeningAt, int seats, long pricePerSeat) {
        Instant at = Instant.parse(screeningAt);
        return aSale().ofFilm(film.id()).in(at.getEpochSecond() % 2 == 0 ? BEIJING_WANDA : SUZHOU_CGV)
                .forScreeningAt(at).seats(seats, pricePerSeat).build();
    }

    private void deliver(TicketsSold... sales) {
        CompletableFuture.allOf(java.util.Arrays.stream(sales).map(intake::accept).toArray(CompletableFuture[]::new)).join();
    }
}
