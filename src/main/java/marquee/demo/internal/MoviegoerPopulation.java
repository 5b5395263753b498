package marquee.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import marquee.accounts.Gender;
import marquee.accounts.GeneratedMoviegoer;
import marquee.accounts.GeneratedMoviegoer.Viewing;
import marquee.demo.internal.DemoSlate.DemoCity;
import marquee.demo.internal.ScreeningPlan.SlateEntry;

/**
 * The demo market's moviegoers: who they are and what they have seen, drawn from the small tables
 * below so the population can be read and tuned in one place. Deterministic: the same seed, cities and
 * slate give the same people. The shares follow the published profile of Chinese online ticket buyers
 * (young, slightly more women than men, concentrated in large cities); they are a plausible demo, not data.
 */
final class MoviegoerPopulation {

    /** An age band and its share of moviegoers. */
    record AgeBand(String name, int youngest, int oldest, double share) {}

    /** An interest tag: the share of moviegoers who pick it, its pull on younger (under 30) and older (35+)
     * people, on women and men, and the film genres or tags that someone with this interest is drawn to. */
    record Interest(String code, double share, double under30, double over35, double female, double male, List<String> films) {}

    static final List<AgeBand> AGE_BANDS = List.of(
            new AgeBand("15-19", 15, 19, 0.08),
            new AgeBand("20-24", 20, 24, 0.20),
            new AgeBand("25-29", 25, 29, 0.24),
            new AgeBand("30-34", 30, 34, 0.19),
            new AgeBand("35-39", 35, 39, 0.13),
            new AgeBand("40-49", 40, 49, 0.11),
            new AgeBand("50-64", 50, 64, 0.05));

    /** Share of women, men, and of people who leave the field empty (the rest). */
    static final double FEMALE = 0.53;
    static final double MALE = 0.44;

    /** Relative number of moviegoers living in one city of each tier (index = tier). */
    static final double[] PEOPLE_PER_CITY_BY_TIER = {0, 9, 4, 1.8, 1.0, 0.6};

    static final List<Interest> INTERESTS = List.of(
            new Interest("anime", 0.22, 1.7, 0.4, 1.0, 1.1, List.of("anime", "animation")),
            new Interest("documentaries", 0.08, 0.8, 1.4, 1.0, 1.1, List.of("documentary")),
            new Interest("classics", 0.10, 0.6, 1.8, 1.0, 1.0, List.of("classics", "restored")),
            new Interest("rock-climbing", 0.04, 1.3, 0.7, 0.8, 1.3, List.of("climbing", "rock climbing", "outdoors", "adventure")),
            new Interest("pets", 0.12, 1.2, 0.9, 1.4, 0.7, List.of("pets", "dogs", "animals", "wildlife")),
            new Interest("sci-fi", 0.18, 1.1, 0.9, 0.7, 1.4, List.of("sci-fi", "space")),
            new Interest("romance", 0.17, 1.2, 0.8, 1.5, 0.5, List.of("romance")),
            new Interest("comedy", 0.25, 1.0, 1.0, 1.0, 1.0, List.of("comedy")),
            new Interest("action", 0.20, 1.0, 1.0, 0.7, 1.4, List.of("action", "superhero", "blockbuster")),
            new Interest("family", 0.12, 0.4, 2.0, 1.2, 0.8, List.of("family", "kids")),
            new Interest("music", 0.09, 1.2, 0.9, 1.1, 0.9, List.of("music", "dance")),
            new Interest("history", 0.09, 0.7, 1.6, 0.8, 1.3, List.of("history", "war")),
            new Interest("art-house", 0.07, 0.9, 1.3, 1.2, 0.8, List.of("arthouse", "awards")),
            new Interest("sports", 0.08, 1.2, 0.8, 0.6, 1.5, List.of("sports", "sport", "basketball")));

    /** How many films a moviegoer has seen: 1 plus a geometric draw with this mean, capped. */
    static final double EXTRA_FILMS_MEAN = 4.0;
    static final int MAX_FILMS = 20;
    /** How much more likely a film is picked when it matches one of the person's interests. */
    static final double INTEREST_PULL = 5.0;
    /** Share of viewings the moviegoer also rated, and of moviegoers who gave marketing consent. */
    static final double RATED_SHARE = 0.6;
    static final double CONSENT_SHARE = 0.38;
    /** How far back a viewing history reaches. */
    static final int HISTORY_DAYS = 120;

    private final List<DemoCity> cities;
    private final double[] cityWeights;
    private final List<SlateEntry> seen;
    private final LocalDate today;
    private final SplittableRandom random;

    /** {@code slate}: the market's films; only those released before {@code today} can have been seen. */
    MoviegoerPopulation(List<DemoCity> cities, List<SlateEntry> slate, LocalDate today, long seed) {
        this.cities = cities;
        this.cityWeights = cities.stream().mapToDouble(c -> PEOPLE_PER_CITY_BY_TIER[c.tier()]).toArray();
        this.seen = slate.stream().filter(e -> e.film().showing(today.minusDays(1)) != null).toList();
        this.today = today;
        this.random = new SplittableRandom(seed);
    }

    /** The next {@code count} people, numbered from {@code first}: call in order for a deterministic population. */
    List<GeneratedMoviegoer> next(int first, int count) {
        List<GeneratedMoviegoer> people = new ArrayList<>(count);
        for (int n = first; n < first + count; n++) {
            people.add(person(n));
        }
        return people;
    }

    static String email(int n) {
        return "mg%06d@audience.demo".formatted(n);
    }

    private GeneratedMoviegoer person(int n) {
        AgeBand band = AGE_BANDS.get(pick(AGE_BANDS.stream().mapToDouble(AgeBand::share).toArray()));
        int age = band.youngest() + random.nextInt(band.oldest() - band.youngest() + 1);
        double g = random.nextDouble();
        Gender gender = g < FEMALE ? Gender.FEMALE : g < FEMALE + MALE ? Gender.MALE : null;
        DemoCity city = cities.get(pick(cityWeights));
        List<Interest> interests = interests(age, gender);
        return new GeneratedMoviegoer(email(n), "Moviegoer " + n, today.getYear() - age, gender, city.name(),
                interests.stream().map(Interest::code).toList(), random.nextDouble() < CONSENT_SHARE, viewings(interests));
    }

    private List<Interest> interests(int age, Gender gender) {
        List<Interest> chosen = new ArrayList<>();
        for (Interest interest : INTERESTS) {
            double p = interest.share() * (age < 30 ? interest.under30() : age >= 35 ? interest.over35() : 1)
                    * (gender == Gender.FEMALE ? interest.female() : gender == Gender.MALE ? interest.male() : 1);
            if (random.nextDouble() < p) {
                chosen.add(interest);
            }
        }
        return chosen;
    }

    /** Films drawn by popularity, pulled towards the person's interests; rated higher when they match. */
    private List<Viewing> viewings(List<Interest> interests) {
        if (seen.isEmpty()) {
            return List.of();
        }
        double[] weights = new double[seen.size()];
        boolean[] matches = new boolean[seen.size()];
        for (int i = 0; i < seen.size(); i++) {
            List<String> words = seen.get(i).film().words();
            matches[i] = interests.stream().anyMatch(in -> in.films().stream().anyMatch(words::contains));
            weights[i] = seen.get(i).film().popularity() * (matches[i] ? INTEREST_PULL : 1);
        }
        int films = Math.min(MAX_FILMS, Math.min(seen.size(), 1 + geometric(EXTRA_FILMS_MEAN)));
        Set<Integer> picked = new HashSet<>();
        List<Viewing> viewings = new ArrayList<>(films);
        while (picked.size() < films) {
            int i = pick(weights);
            if (picked.add(i)) {
                viewings.add(viewing(seen.get(i), matches[i]));
            }
        }
        return viewings;
    }

    private Viewing viewing(SlateEntry entry, boolean matchesInterest) {
        LocalDate released = entry.film().showing(today.minusDays(1)).releaseDate();
        LocalDate from = released.isAfter(today.minusDays(HISTORY_DAYS)) ? released : today.minusDays(HISTORY_DAYS);
        LocalDate watched = from.plusDays(random.nextLong(Math.max(1, today.toEpochDay() - from.toEpochDay())));
        Integer rating = null;
        if (random.nextDouble() < RATED_SHARE) {
            double mean = 7.0 + (matchesInterest ? 1.0 : 0) + (entry.film().popularity() - 5) * 0.15;
            rating = (int) Math.max(1, Math.min(10, Math.round(mean + gaussian() * 1.4)));
        }
        return new Viewing(entry.filmId(), watched, rating);
    }

    /** An index drawn with probability proportional to its weight. */
    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int geometric(double mean) {
        double p = 1 / (1 + mean);
        return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }

    private double gaussian() {
        return random.nextGaussian();
    }
}
