package marquee.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import marquee.accounts.Gender;
import marquee.accounts.GeneratedMoviegoer;
import marquee.demo.internal.DemoSlate.DemoCity;
import marquee.demo.internal.ScreeningPlan.SlateEntry;
import org.junit.jupiter.api.Test;

/** The generated moviegoers follow the documented tables, and their viewing history follows their tastes. */
class MoviegoerPopulationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final int PEOPLE = 20_000;

    static List<SlateEntry> slate() {
        List<SlateEntry> slate = new ArrayList<>();
        List<DemoFilm> films = DemoSlate.films(TODAY);
        for (int i = 0; i < films.size(); i++) {
            slate.add(new SlateEntry(1000 + i, films.get(i)));
        }
        return slate;
    }

    static List<GeneratedMoviegoer> population(long seed) {
        return new MoviegoerPopulation(DemoSlate.cities(), slate(), TODAY, seed).next(0, PEOPLE);
    }

    @Test
    void the_same_seed_gives_the_same_people() {
        assertThat(new MoviegoerPopulation(DemoSlate.cities(), slate(), TODAY, 7).next(0, 500))
                .isEqualTo(new MoviegoerPopulation(DemoSlate.cities(), slate(), TODAY, 7).next(0, 500));
    }

    @Test
    void age_bands_and_genders_follow_the_tables() {
        List<GeneratedMoviegoer> people = population(1);
        for (MoviegoerPopulation.AgeBand band : MoviegoerPopulation.AGE_BANDS) {
            double share = share(people, p -> {
                int age = TODAY.getYear() - p.birthYear();
                return age >= band.youngest() && age <= band.oldest();
            });
            assertThat(share).as(band.name()).isCloseTo(band.share(), within(0.015));
        }
        assertThat(share(people, p -> p.gender() == Gender.FEMALE)).isCloseTo(MoviegoerPopulation.FEMALE, within(0.015));
        assertThat(share(people, p -> p.gender() == null)).isCloseTo(1 - MoviegoerPopulation.FEMALE - MoviegoerPopulation.MALE, within(0.01));
    }

    @Test
    void big_cities_have_more_moviegoers_per_city_than_small_towns() {
        Map<String, Integer> tierOf = DemoSlate.cities().stream().collect(Collectors.toMap(DemoCity::name, DemoCity::tier));
        Map<Integer, Long> citiesPerTier = DemoSlate.cities().stream().collect(Collectors.groupingBy(DemoCity::tier, Collectors.counting()));
        Map<Integer, Long> peoplePerTier = population(2).stream().collect(Collectors.groupingBy(p -> tierOf.get(p.homeCity()), Collectors.counting()));

        double perTier1City = peoplePerTier.get(1) / (double) citiesPerTier.get(1);
        double perTier5City = peoplePerTier.get(5) / (double) citiesPerTier.get(5);
        assertThat(perTier1City / perTier5City).isCloseTo(9 / 0.6, within(3.0));
    }

    @Test
    void interests_lean_by_age_and_anime_fans_see_more_japanese_animation_and_climbers_more_outdoor_documentaries() {
        List<GeneratedMoviegoer> people = population(3);
        Predicate<GeneratedMoviegoer> young = p -> TODAY.getYear() - p.birthYear() < 30;
        Predicate<GeneratedMoviegoer> anime = p -> p.interests().contains("anime");
        assertThat(share(people.stream().filter(young).toList(), anime))
                .isGreaterThan(2 * share(people.stream().filter(young.negate()).toList(), anime));

        List<Long> japaneseAnimation = filmsWhere(f -> f.film().film().country().equals("Japan") && f.film().film().genres().contains("Animation"));
        assertThat(seenShare(people, anime, japaneseAnimation)).isGreaterThan(1.5 * seenShare(people, anime.negate(), japaneseAnimation));
        Predicate<GeneratedMoviegoer> climber = p -> p.interests().contains("rock-climbing");
        List<Long> freeSolo = filmsWhere(f -> f.film().film().tags().contains("climbing"));
        assertThat(seenShare(people, climber, freeSolo)).isGreaterThan(2 * seenShare(people, climber.negate(), freeSolo));
        assertThat(people).allSatisfy(p -> assertThat(p.viewings()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.watchedOn()).isBefore(TODAY)));
    }

    /** Among the viewings of the people matching {@code who}, the share of these films. */
    private static double seenShare(List<GeneratedMoviegoer> people, Predicate<GeneratedMoviegoer> who, List<Long> films) {
        var viewings = people.stream().filter(who).flatMap(p -> p.viewings().stream()).toList();
        return viewings.stream().filter(v -> films.contains(v.filmId())).count() / (double) viewings.size();
    }

    private static List<Long> filmsWhere(Predicate<SlateEntry> test) {
        return slate().stream().filter(test).map(SlateEntry::filmId).toList();
    }

    private static double share(List<GeneratedMoviegoer> people, Predicate<GeneratedMoviegoer> test) {
        return people.stream().filter(test).count() / (double) people.size();
    }
}
