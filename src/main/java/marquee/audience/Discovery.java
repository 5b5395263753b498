package marquee.audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import marquee.audience.AudienceDiscovery.Holdout;
import marquee.audience.AudienceDiscovery.Segment;
import marquee.accounts.Accounts;
import marquee.audience.internal.AudienceData;
import marquee.audience.internal.AudienceData.Snapshot;
import marquee.catalog.Credit;
import marquee.catalog.CreditRole;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.PageRequest;
import marquee.shared.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finding the audience of a film nobody has seen yet, on the platform's own moviegoers. A moviegoer's
 * score is how often they go to the cinema times how well the film suits them, the suit adding up plain
 * signals: they marked the film want-to-see (strongest), they saw a comparable film, their interests match
 * what the film's genres and tags speak to, they have seen its genres before. The film's own viewers are never a signal, so a released film can be
 * used to check the ranking (the holdout) against the baseline of simply the most active moviegoers.
 * Lookalikes score people by how much they resemble a seed group (the viewers of some films).
 */
@Service
public class Discovery {

    private static final int SEGMENTS = 6;

    private final AudienceData data;
    private final Portraits portraits;
    private final marquee.catalog.Catalog catalog;
    private final JdbcClient jdbc;
    private final Accounts accounts;

    Discovery(AudienceData data, Portraits portraits, marquee.catalog.Catalog catalog, JdbcClient jdbc, Accounts accounts) {
        this.data = data;
        this.accounts = accounts;
        this.portraits = portraits;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** The likely audience of a film the caller may see portraits of (404 otherwise), summarised as segments. */
    public AudienceDiscovery forFilm(Caller caller, long filmId, int top) {
        Film film = visibleFilm(caller, filmId);
        Snapshot s = data.snapshot();
        List<String> interests = FilmInterests.of(film);
        List<Long> comparable = comparableFilms(film);
        double[] score = filmScores(s, film, interests, comparable);
        int k = checkedTop(top, s);
        return new AudienceDiscovery(film.id(), film.displayTitle(), interests, comparable, s.size(), reachable(s), k,
                segments(s, topOf(score, s, k, true)), holdout(s, filmId, score, k));
    }

    private Film visibleFilm(Caller caller, long filmId) {
        return catalog.findFilm(filmId).filter(f -> portraits.mayView(caller, f)).orElseThrow(() -> new NotFound("film", filmId));
    }

    private double[] filmScores(Snapshot s, Film film, List<String> interests, List<Long> comparable) {
        long interestMask = mask(interests, s.interestTags());
        long genreMask = mask(film.genres(), s.genres());
        boolean[] sawComparable = new boolean[s.size()];
        comparable.forEach(id -> Arrays.stream(s.viewersByFilm().getOrDefault(id, new int[0])).forEach(m -> sawComparable[m] = true));
        boolean[] wants = wantToSee(s, film.id());
        double[] score = new double[s.size()];
        for (int m = 0; m < s.size(); m++) {
            double taste = 4.0 * (wants[m] ? 1 : 0) + 2.0 * (sawComparable[m] ? 1 : 0)
                    + 1.5 * Long.bitCount(s.interests()[m] & interestMask)
                    + 0.5 * Long.bitCount(s.genresSeen()[m] & genreMask) / Math.max(1, Long.bitCount(genreMask));
            // How often someone goes to the cinema times how well the film suits them: both matter, so multiply.
            score[m] = Math.log1p(s.viewings()[m]) + Math.log1p(taste);
        }
        return score;
    }

    /** The chance of coming of the best-suited moviegoers (the top 1% of the ranking), who are not all free that day. */
    static final double TOP_RESPONSE = 0.5;

    /**
     * The film's likely audience by home city, for placing screenings of it (404 for a film the caller may not
     * see portraits of). A moviegoer's chance of coming to a screening of the film in their own city is
     * {@code 0.5 × min(1, appeal / appeal of the top 1%)²}, where the appeal is their discovery score undone from
     * its logarithm, {@code (1 + films seen) × (1 + taste)}: the top 1% of the market come with an even chance,
     * the others with a chance falling with the square of their appeal, so that a preview draws on the people the
     * film suits rather than on every frequent moviegoer (in proportion, a big city's crowd of them would outweigh a
     * small city of fans). Summed per city; forgotten moviegoers and people whose city
     * has no cinema are left out. Every city with a cinema is listed, the largest expected audience first.
     */
    public List<CityAudience> byCity(Caller caller, long filmId) {
        Film film = visibleFilm(caller, filmId);
        Snapshot s = data.snapshot();
        double[] score = filmScores(s, film, FilmInterests.of(film), comparableFilms(film));
        double[] appeal = new double[s.size()];
        for (int m = 0; m < s.size(); m++) {
            appeal[m] = Math.exp(score[m]);
        }
        double[] sorted = appeal.clone();
        Arrays.sort(sorted);
        double top = sorted.length == 0 ? 1 : Math.max(1, sorted[(int) Math.floor(0.99 * (sorted.length - 1))]);
        Set<Long> forgotten = accounts.forgottenMoviegoers();
        long[] accountOf = new long[s.size()];
        s.memberOf().forEach((account, m) -> accountOf[m] = account);
        double[] expected = new double[s.cities().size()];
        long[] people = new long[s.cities().size()];
        for (int m = 0; m < s.size(); m++) {
            if (!forgotten.contains(accountOf[m])) {
                double relative = Math.min(1, appeal[m] / top);
                expected[s.city()[m]] += TOP_RESPONSE * relative * relative;
                people[s.city()[m]]++;
            }
        }
        List<CityAudience> cities = new ArrayList<>();
        for (marquee.catalog.City city : catalog.cities()) {
            int c = s.cities().indexOf(city.name());
            cities.add(new CityAudience(city.name(), city.province(), city.tier(), c < 0 ? 0 : people[c], c < 0 ? 0 : expected[c]));
        }
        cities.sort(Comparator.comparingDouble((CityAudience c) -> -c.expected()).thenComparing(CityAudience::city));
        return cities;
    }

    /** People like the viewers of the seed films (e.g. a comparable film's audience), as segments. */
    public AudienceDiscovery lookalikes(Caller caller, List<Long> seedFilms, int top) {
        checkSeeds(seedFilms);
        Snapshot s = data.snapshot();
        double[] score = lookalikeScores(s, seedFilms);
        int k = checkedTop(top, s);
        String title = "people like the viewers of " + String.join(", ", seedFilms.stream()
                .map(id -> catalog.findFilm(id).map(Film::displayTitle).orElse("" + id)).toList());
        return new AudienceDiscovery(0, title, List.of(), seedFilms, s.size(), reachable(s), k,
                segments(s, topOf(score, s, k, true)), null);
    }

    private void checkSeeds(List<Long> seedFilms) {
        if (seedFilms == null || seedFilms.isEmpty() || seedFilms.size() > 10) {
            throw new InvalidInput("seedFilms", "name 1 to 10 films");
        }
        seedFilms.forEach(id -> catalog.findFilm(id).filter(Film::announced).orElseThrow(() -> new NotFound("film", id)));
    }

    private static double[] lookalikeScores(Snapshot s, List<Long> seedFilms) {
        boolean[] seed = new boolean[s.size()];
        seedFilms.forEach(id -> Arrays.stream(s.viewersByFilm().getOrDefault(id, new int[0])).forEach(m -> seed[m] = true));
        double[] interestLift = lift(s, seed, s.interests(), s.interestTags().size());
        double[] genreLift = lift(s, seed, s.genresSeen(), s.genres().size());
        double[] score = new double[s.size()];
        for (int m = 0; m < s.size(); m++) {
            score[m] = seed[m] ? Double.NEGATIVE_INFINITY : sum(interestLift, s.interests()[m]) + 0.5 * sum(genreLift, s.genresSeen()[m]);
        }
        return score;
    }

    /**
     * The account ids of a target group, for another module that contacts them (a campaign's targeted offer):
     * the top of a film's ranking, of the lookalikes of seed films, or everyone with an interest, in the named
     * city tiers. Only moviegoers who consented to marketing in the index, never a forgotten one; the caller
     * re-checks consent at the time it contacts them, since the index may be a minute old. Sorted by account id.
     */
    public List<Long> members(Caller caller, TargetGroup group) {
        Snapshot s = data.snapshot();
        Set<Long> forgotten = accounts.forgottenMoviegoers();
        long[] accountOf = new long[s.size()];
        s.memberOf().forEach((account, m) -> accountOf[m] = account);
        Set<Integer> tiers = group.cityTiers() == null || group.cityTiers().isEmpty() ? null : Set.copyOf(group.cityTiers());
        boolean[] inCities = homeCities(s, group.cities());
        java.util.function.IntPredicate reachable = m -> s.consent()[m] && !forgotten.contains(accountOf[m])
                && (tiers == null || tiers.contains(s.tier()[m] + 1)) && (inCities == null || inCities[s.city()[m]]);
        double[] score = switch (group.rule()) {
            case FILM_AUDIENCE -> {
                Film film = visibleFilm(caller, group.filmId() == null ? 0 : group.filmId());
                yield filmScores(s, film, FilmInterests.of(film), comparableFilms(film));
            }
            case LOOKALIKE -> {
                checkSeeds(group.seedFilmIds());
                yield lookalikeScores(s, group.seedFilmIds());
            }
            case INTERESTS -> interestScores(s, group.interest());
        };
        int k = group.top() == null ? s.size() : checkedTop(group.top(), s);
        int[] top = java.util.stream.IntStream.range(0, s.size())
                .filter(reachable).filter(m -> score[m] != Double.NEGATIVE_INFINITY)
                .boxed().sorted(Comparator.comparingDouble((Integer m) -> -score[m]).thenComparingInt(m -> m))
                .limit(k).mapToInt(Integer::intValue).toArray();
        return Arrays.stream(top).mapToLong(m -> accountOf[m]).sorted().boxed().toList();
    }

    /** Which of the index's cities are among {@code names} (in any case; never "unknown"); null for no narrowing. */
    private static boolean[] homeCities(Snapshot s, List<String> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        Set<String> wanted = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        boolean[] in = new boolean[s.cities().size()];
        for (int c = 0; c < in.length; c++) {
            String city = s.cities().get(c);
            in[c] = city != null && !city.equals("unknown") && wanted.contains(city.toLowerCase(Locale.ROOT));
        }
        return in;
    }

    /** Everyone with the interest, the most frequent cinemagoers first; nobody else. */
    private static double[] interestScores(Snapshot s, String interest) {
        int bit = s.interestTags().indexOf(interest);
        double[] score = new double[s.size()];
        for (int m = 0; m < s.size(); m++) {
            boolean has = bit >= 0 && bit < 64 && (s.interests()[m] & (1L << bit)) != 0;
            score[m] = has ? s.viewings()[m] : Double.NEGATIVE_INFINITY;
        }
        return score;
    }

    private int checkedTop(int top, Snapshot s) {
        if (top < 10 || top > 1_000_000) {
            throw new InvalidInput("top", "must be 10 to 1,000,000");
        }
        return Math.min(top, s.size());
    }

    private static long reachable(Snapshot s) {
        long n = 0;
        for (boolean c : s.consent()) {
            n += c ? 1 : 0;
        }
        return n;
    }

    /** How much more often the seed group has each bit than everyone: log of the ratio, 0 when no different. */
    private static double[] lift(Snapshot s, boolean[] seed, long[] masks, int bits) {
        long[] inSeed = new long[64];
        long[] inAll = new long[64];
        long seeds = 0;
        for (int m = 0; m < s.size(); m++) {
            seeds += seed[m] ? 1 : 0;
            for (int b = 0; b < Math.min(bits, 64); b++) {
                if ((masks[m] & (1L << b)) != 0) {
                    inAll[b]++;
                    inSeed[b] += seed[m] ? 1 : 0;
                }
            }
        }
        double[] lift = new double[64];
        for (int b = 0; b < 64 && seeds > 0; b++) {
            lift[b] = Math.log(((inSeed[b] + 1.0) / (seeds + 2.0)) / ((inAll[b] + 1.0) / (s.size() + 2.0)));
        }
        return lift;
    }

    private static double sum(double[] lift, long mask) {
        double total = 0;
        for (int b = 0; b < 64; b++) {
            if ((mask & (1L << b)) != 0) {
                total += lift[b];
            }
        }
        return total;
    }

    private boolean[] wantToSee(Snapshot s, long filmId) {
        boolean[] wants = new boolean[s.size()];
        jdbc.sql("select account_id from want_to_see where film_id = ?").param(filmId).query(Long.class).list().forEach(id -> {
            Integer m = s.memberOf().get(id);
            if (m != null) {
                wants[m] = true;
            }
        });
        return wants;
    }

    /** The indexes of the {@code k} best scores, among consenting moviegoers only when {@code reachableOnly}. */
    private static int[] topOf(double[] score, Snapshot s, int k, boolean reachableOnly) {
        return java.util.stream.IntStream.range(0, s.size())
                .filter(m -> !reachableOnly || s.consent()[m])
                .filter(m -> score[m] != Double.NEGATIVE_INFINITY)
                .boxed().sorted(Comparator.comparingDouble((Integer m) -> -score[m]).thenComparingInt(m -> m))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The top as segments: interest × age band × city tiers (1-2, 3, 4-5), the largest groups whose TGI
     * against the whole population is at least 120.
     */
    private static List<Segment> segments(Snapshot s, int[] top) {
        Map<String, long[]> inTop = new HashMap<>();
        Map<String, long[]> inAll = new HashMap<>();
        for (int m = 0; m < s.size(); m++) {
            for (String key : keys(s, m)) {
                inAll.computeIfAbsent(key, x -> new long[1])[0]++;
            }
        }
        for (int m : top) {
            for (String key : keys(s, m)) {
                inTop.computeIfAbsent(key, x -> new long[1])[0]++;
            }
        }
        List<Segment> segments = new ArrayList<>();
        inTop.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            double share = (double) count[0] / Math.max(1, top.length);
            double marketShare = (double) inAll.get(key)[0] / s.size();
            int tgi = (int) Math.round(100 * share / marketShare);
            if (tgi >= 120 && count[0] >= 10) {
                segments.add(new Segment(describe(parts[0], parts[1], parts[2]), parts[0], parts[1], parts[2], count[0], tgi));
            }
        });
        segments.sort(Comparator.comparingLong(Segment::people).reversed());
        return segments.subList(0, Math.min(SEGMENTS, segments.size()));
    }

    private static List<String> keys(Snapshot s, int m) {
        String age = AudienceData.AGE_BANDS.get(s.ageBand()[m]);
        int tier = s.tier()[m];
        String tiers = tier <= 1 ? "1-2" : tier == 2 ? "3" : tier <= 4 ? "4-5" : "unknown";
        List<String> keys = new ArrayList<>();
        for (int b = 0; b < s.interestTags().size() && b < 64; b++) {
            if ((s.interests()[m] & (1L << b)) != 0) {
                keys.add(s.interestTags().get(b) + "|" + age + "|" + tiers);
            }
        }
        return keys;
    }

    private static String describe(String interest, String age, String tiers) {
        return interest.replace('-', ' ') + " fans aged " + age + " in tier " + tiers + " cities";
    }

    /** Recall of the film's real viewers in the top K, for the model and for the most-active baseline. */
    private static Holdout holdout(Snapshot s, long filmId, double[] score, int k) {
        int[] viewers = s.viewersByFilm().getOrDefault(filmId, new int[0]);
        if (viewers.length < 10) {
            return null;
        }
        Set<Integer> real = new LinkedHashSet<>();
        Arrays.stream(viewers).forEach(real::add);
        double[] activity = new double[s.size()];
        for (int m = 0; m < s.size(); m++) {
            activity[m] = s.viewings()[m] - (real.contains(m) ? 1 : 0);
        }
        return new Holdout(k, real.size(), recall(topOf(score, s, k, false), real), recall(topOf(activity, s, k, false), real));
    }

    private static double recall(int[] top, Set<Integer> real) {
        long hits = Arrays.stream(top).filter(real::contains).count();
        return Math.round(10_000.0 * hits / real.size()) / 10_000.0;
    }

    private static long mask(List<String> labels, List<String> codes) {
        long mask = 0;
        for (String label : labels) {
            int i = codes.indexOf(label);
            if (i >= 0 && i < 64) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** Films sharing a director, the franchise, or two or more tags with this one. */
    private List<Long> comparableFilms(Film film) {
        Set<String> directors = directors(film);
        Set<String> tags = new LinkedHashSet<>(film.tags());
        return catalog.films(new FilmFilter(null, null, null, null), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(f -> f.id() != film.id())
                .filter(f -> directors.stream().anyMatch(directors(f)::contains)
                        || (film.franchise() != null && film.franchise().equals(f.franchise()))
                        || f.tags().stream().filter(tags::contains).count() >= 2)
                .map(Film::id).toList();
    }

    private static Set<String> directors(Film film) {
        Set<String> names = new LinkedHashSet<>();
        for (Credit c : film.credits()) {
            if (c.role() == CreditRole.DIRECTOR) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
