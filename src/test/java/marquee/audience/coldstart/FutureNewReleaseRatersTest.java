package marquee.audience.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import marquee.audience.Film;
import marquee.audience.Interaction;
import org.junit.jupiter.api.Test;

/** The backtest's reference ceiling: it may look into the test period, and only it may. */
class FutureNewReleaseRatersTest {

    private static final Instant CUTOFF = Instant.parse("2013-06-01T00:00:00Z");

    private final List<Interaction> interactions = new ArrayList<>();

    @Test
    void putsFirstWhoeverRatesANewReleaseAfterTheCutoffAndOrdersTheRestByTheGivenRanker() {
        rated("heavy", "classic", "2013-05-01");
        rated("heavy", "spring-hit", "2013-05-02");
        rated("heavy", "classic", "2013-05-03");
        rated("light", "classic", "2013-05-04");
        rated("returns", "classic", "2013-05-05");
        rated("returns", "summer-hit", "2013-06-10");
        rated("rewatches", "classic", "2013-05-06");
        rated("rewatches", "classic", "2013-06-11");
        History history = new History(interactions, catalog());
        MoviegoerProfiles profiles = new MoviegoerProfiles(history, CUTOFF.getEpochSecond());

        AudienceRanker ceiling = new FutureNewReleaseRaters(profiles, new PopularityRanker(profiles));
        int target = history.catalog().indexOf("summer-hit");

        // Only "returns" rated a film of 2013 after the cutoff; an old film seen again does not count.
        assertThat(names(history, ceiling.top(target, profiles.candidates(), 4)))
                .containsExactly("returns", "heavy", "light", "rewatches");
    }

    private void rated(String user, String film, String day) {
        interactions.add(new Interaction(user, film, 8.0, Instant.parse(day + "T12:00:00Z")));
    }

    private static Catalog catalog() {
        return new Catalog(List.of(
                new Film("classic", "An Old Favourite", 1990, List.of("Drama")),
                new Film("spring-hit", "Spring Hit", 2013, List.of("Action")),
                new Film("summer-hit", "Summer Hit", 2013, List.of("Action"))));
    }

    private static List<String> names(History history, int[] users) {
        List<String> names = new ArrayList<>();
        for (int u : users) {
            names.add(history.userId(u));
        }
        return names;
    }
}
