package marquee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import marquee.accounts.Accounts;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.Screening;
import marquee.previews.Invitations;
import marquee.previews.ScreeningInvitations;
import marquee.previews.ScreeningRequest;
import marquee.previews.ScreeningRequest.Status;
import marquee.previews.ScreeningRequests;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import marquee.testing.MarqueeTest;
import marquee.testing.OnDemoMarket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo market's previews of Capernaum and Free Solo: requests answered every way, invitations with a holdout, and
 * previews held before the first day whose audiences booked, were scanned at the door and rated the film.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@OnDemoMarket
class DemoPreviewsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    DemoMarket market;
    @Autowired
    Accounts accounts;
    @Autowired
    Catalog catalog;
    @Autowired
    ScreeningRequests requests;
    @Autowired
    ScreeningInvitations invitations;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void market() {
        market.seedIfEmpty();
    }

    @Test
    void two_press_release_films_have_previews_answered_every_way_and_the_held_ones_have_an_audience_and_ratings() {
        Caller huaxia = Accounts.callerOf(accounts.accountByEmail("admin@huaxia.demo").orElseThrow());
        Map<Long, String> films = catalog.films(FilmFilter.any(), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(f -> List.of("Capernaum", "Free Solo").contains(f.englishTitle()))
                .collect(Collectors.toMap(Film::id, Film::englishTitle));
        List<ScreeningRequest> previews = requests.list(huaxia).stream().filter(r -> films.containsKey(r.filmId())).toList();

        assertThat(previews).extracting(r -> films.get(r.filmId())).contains("Capernaum", "Free Solo");
        assertThat(previews).filteredOn(r -> r.status() == Status.ACCEPTED).hasSizeGreaterThanOrEqualTo(3);
        assertThat(previews).filteredOn(r -> r.status() == Status.DECLINED).hasSize(1).allMatch(r -> r.answerNote() != null);
        assertThat(previews).filteredOn(r -> r.status() == Status.PROPOSED).hasSize(1).allMatch(r -> r.proposedEarliest() != null);
        assertThat(previews).filteredOn(r -> r.status() == Status.ACCEPTED && !r.invitationOnly()).isNotEmpty();

        List<ScreeningRequest> invitationOnly = previews.stream().filter(r -> r.status() == Status.ACCEPTED && r.invitationOnly()).toList();
        assertThat(invitationOnly).hasSizeGreaterThanOrEqualTo(2);
        for (ScreeningRequest r : invitationOnly) {
            Invitations sent = invitations.of(huaxia, r.id());
            assertThat(sent.invited()).as("request %d", r.id()).isPositive();
            assertThat(sent.holdoutShare()).isEqualTo(0.1);
            assertThat(sent.segment()).contains("INTERESTS");
        }

        LocalDate firstDay = LocalDate.now(CHINA);
        List<ScreeningRequest> held = previews.stream().filter(r -> r.screeningId() != null)
                .filter(r -> catalog.screening(r.screeningId()).localStart().toLocalDate().isBefore(firstDay)).toList();
        assertThat(held).as("previews held before the first day").hasSizeGreaterThanOrEqualTo(3);
        long scanned = 0;
        for (ScreeningRequest r : held) {
            Screening screening = catalog.screening(r.screeningId());
            assertThat(screening.localStart().toLocalDate()).isBefore(firstReleaseOf(r.filmId()));
            scanned += jdbc.sql("select count(*) from ticket where screening_id = ? and checked_in_at is not null")
                    .param(r.screeningId()).query(Long.class).single();
        }
        assertThat(scanned).as("tickets scanned at the held previews").isPositive();
        // The films of the held previews (other tests of this store add films titled "Free Solo" of their own).
        assertThat(held).extracting(r -> films.get(r.filmId())).contains("Capernaum", "Free Solo");
        for (long film : held.stream().map(ScreeningRequest::filmId).distinct().toList()) {
            assertThat(jdbc.sql("select count(*) from film_rating where film_id = ? and verified = true").param(film)
                    .query(Long.class).single()).as(films.get(film) + "'s ratings by preview viewers").isPositive();
        }
        // Still to come: an accepted request after the demo's screening days.
        assertThat(previews).anyMatch(r -> r.screeningId() != null
                && catalog.screening(r.screeningId()).localStart().toLocalDate().isAfter(firstDay));
    }

    private LocalDate firstReleaseOf(long filmId) {
        return catalog.film(filmId).releases().stream().map(marquee.catalog.FilmRelease::releaseDate).min(LocalDate::compareTo).orElseThrow();
    }
}
