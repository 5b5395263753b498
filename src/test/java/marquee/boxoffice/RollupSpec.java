package marquee.boxoffice;

import static marquee.boxoffice.SaleEvents.BEIJING_CGV;
import static marquee.boxoffice.SaleEvents.BEIJING_WANDA;
import static marquee.boxoffice.SaleEvents.LHASA_WANDA;
import static marquee.boxoffice.SaleEvents.NANJING_DADI;
import static marquee.boxoffice.SaleEvents.SUZHOU_CGV;
import static marquee.boxoffice.SaleEvents.aSale;
import static marquee.boxoffice.SaleEvents.refundOf;
import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.catalog.Catalog;
import marquee.catalog.CatalogFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How the live rollups count sales and refunds; run on the embedded store and on PostgreSQL. */
abstract class RollupSpec {

    static final SaleEvents.Place[] PLACES = {BEIJING_WANDA, BEIJING_CGV, SUZHOU_CGV, NANJING_DADI, LHASA_WANDA};

    @Autowired
    SalesIntake intake;
    @Autowired
    BoxOffice boxOffice;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SaleFeeds feeds;
    @Autowired
    Catalog catalog;
    @Autowired
    ApplicationContext context;

    private final Random random = new Random(7);

    @Test
    void every_level_adds_up_from_cinemas_to_the_market() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<Object> events = mixedDay(day, 300);
        deliver(events);

        Ranking market = boxOffice.ranking(day, Scope.MARKET);
        long byProvince = 0;
        long admissionsByProvince = 0;
        for (String province : Arrays.stream(PLACES).map(SaleEvents.Place::province).distinct().toList()) {
            Ranking provinceRanking = boxOffice.ranking(day, new Scope(Scope.Level.PROVINCE, province));
            byProvince += provinceRanking.totalGrossMinor();
            admissionsByProvince += provinceRanking.totalAdmissions();
            List<SaleEvents.Place> places = Arrays.stream(PLACES).filter(p -> p.province().equals(province)).toList();
            long byCity = places.stream().map(SaleEvents.Place::city).distinct()
                    .mapToLong(city -> boxOffice.ranking(day, new Scope(Scope.Level.CITY, city)).totalGrossMinor()).sum();
            long byCinema = places.stream()
                    .mapToLong(p -> boxOffice.ranking(day, new Scope(Scope.Level.CINEMA, "" + p.cinemaId())).totalGrossMinor()).sum();
            assertThat(byCity).isEqualTo(provinceRanking.totalGrossMinor());
            assertThat(byCinema).isEqualTo(provinceRanking.totalGrossMinor());
        }
        assertThat(byProvince).isEqualTo(market.totalGrossMinor());
        assertThat(admissionsByProvince).isEqualTo(market.totalAdmissions());
        assertThat(market.rows().stream().mapToLong(RankingRow::grossMinor).sum()).isEqualTo(market.totalGrossMinor());
        assertThat(market.totalGrossMinor()).isEqualTo(expectedGross(events));
    }

    @Test
    void a_refund_reverses_exactly_what_its_sale_counted() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        TicketsSold sale = aSale().ofFilm(7).in(SUZHOU_CGV).forScreeningAt(day.atTime(12, 0).atZone(SaleEvents.SHANGHAI).toInstant())
                .releasedOn(day).soldAt(day.minusDays(3).atTime(9, 0).atZone(SaleEvents.SHANGHAI).toInstant())
                .seats(4, 5000).build();
        deliver(List.of(sale));
        RankingRow before = boxOffice.ranking(day, Scope.MARKET).rows().getFirst();
        assertThat(before.grossMinor()).isEqualTo(20_000);
        assertThat(before.presaleGrossMinor()).isEqualTo(20_000);

        deliver(List.of(refundOf(sale, 1)));
        RankingRow partly = boxOffice.ranking(day, Scope.MARKET).rows().getFirst();
        assertThat(partly.grossMinor()).isEqualTo(15_000);
        assertThat(partly.admissions()).isEqualTo(3);
        assertThat(partly.presaleGrossMinor()).isEqualTo(15_000);

        deliver(List.of(refundOf(sale, 3)));
        RankingRow none = boxOffice.ranking(day, Scope.MARKET).rows().getFirst();
        assertThat(none.grossMinor()).isZero();
        assertThat(none.admissions()).isZero();
        assertThat(none.presaleGrossMinor()).isZero();
    }

    @Test
    void a_sale_for_a_2330_local_screening_lands_on_that_local_day() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        Instant lateShow = Instant.parse("2026-12-03T15:30:00Z"); // 23:30 in Asia/Shanghai, still 3 December
        deliver(List.of(aSale().ofFilm(8).in(LHASA_WANDA).forScreeningAt(lateShow).seats(1, 3000).build()));

        assertThat(boxOffice.ranking(day, Scope.MARKET).totalGrossMinor()).isEqualTo(3000);
        assertThat(boxOffice.ranking(day.plusDays(1), Scope.MARKET).totalGrossMinor()).isZero();
    }

    @Test
    void every_event_delivered_twice_changes_nothing_and_a_rebuild_gives_identical_rollups() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        List<Object> events = mixedDay(day, 200);
        deliver(events);
        String once = RollupFingerprint.of(context);

        deliver(events);
        assertThat(RollupFingerprint.of(context)).isEqualTo(once);

        boxOffice.rebuild();
        assertThat(RollupFingerprint.of(context)).isEqualTo(once);
    }

    @Test
    void another_sellers_feed_counts_like_the_platforms_sales_and_importing_it_again_changes_nothing(@TempDir Path dir)
            throws IOException {
        long film = aFilm().titled("Fed film of " + getClass().getSimpleName()).releasedOn(LocalDate.of(2026, 1, 1))
                .addTo(catalog).id();
        long cinema = catalog.addCinema(CatalogFixtures.aCinemaIn("Xi'an", 2)).id();
        Path feed = dir.resolve("feed.csv");
        Files.writeString(feed, """
                sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at,refunds_sale_id
                f-1,SALE,%1$d,%2$d,2028-03-01T23:30:00+08:00,3,13500,CNY,2028-02-27T10:00:00.123456+08:00,
                f-2,SALE,%1$d,%2$d,2028-03-01T20:00:00+08:00,1,4000,CNY,2028-03-01T10:00:00+08:00,
                f-3,REFUND,%1$d,%2$d,2028-03-01T23:30:00+08:00,1,4500,CNY,2028-02-28T10:00:00+08:00,f-1
                """.formatted(film, cinema));

        ImportReport first = feeds.importSales(feed, null, "rollup-seller", line -> { });
        String once = RollupFingerprint.of(context);
        ImportReport second = feeds.importSales(feed, null, "rollup-seller", line -> { });

        assertThat(first.stored()).isEqualTo(3);
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(RollupFingerprint.of(context)).isEqualTo(once);
        Ranking day = boxOffice.ranking(LocalDate.of(2028, 3, 1), new Scope(Scope.Level.CINEMA, "" + cinema));
        assertThat(day.totalGrossMinor()).isEqualTo(13_500 - 4_500 + 4_000);
        assertThat(day.totalAdmissions()).isEqualTo(3);
        boxOffice.rebuild();
        assertThat(RollupFingerprint.of(context)).isEqualTo(once);
    }

    /** Sales across places and films on one day, 2% of them later refunded in part. */
    List<Object> mixedDay(LocalDate day, int sales) {
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < sales; i++) {
            SaleEvents.Place place = PLACES[random.nextInt(PLACES.length)];
            Instant show = day.atTime(10 + random.nextInt(13), 0).atZone(SaleEvents.SHANGHAI).toInstant();
            TicketsSold sale = aSale().ofFilm(1 + random.nextInt(4)).in(place).forScreeningAt(show)
                    .seats(1 + random.nextInt(4), 3000 + 500L * random.nextInt(10)).build();
            events.add(sale);
            if (random.nextInt(50) == 0) {
                events.add(refundOf(sale, 1));
            }
        }
        return events;
    }

    void deliver(List<Object> events) {
        List<CompletableFuture<Void>> written = new ArrayList<>();
        for (Object event : events) {
            written.add(event instanceof TicketsSold sale ? intake.accept(sale) : intake.accept((TicketsRefunded) event));
        }
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
    }

    static long expectedGross(List<Object> events) {
        return events.stream().mapToLong(e -> e instanceof TicketsSold s ? s.amountMinor() : -((TicketsRefunded) e).amountMinor()).sum();
    }
}
