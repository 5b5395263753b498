package marquee.forecasting.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import marquee.shared.Sentence;

/**
 * Compares candidate release dates for one film: the pre-release forecast (which knows the
 * calendar and the competition) per date with its 80% interval, the calendar's attendance index
 * over the film's first two weeks from effects estimated on the data, and the films already dated
 * nearby. Recommends the date with the highest forecast and names the two largest effects.
 */
public final class ReleaseDatePlanner {

    /** Calendar effects are weighted over a film's first two weeks by the typical share of each day. */
    private static final int WEIGHTED_DAYS = 14;

    public record Candidate(LocalDate date, Forecast forecast, double calendarIndex, List<String> effects,
                            List<FilmInfo> rivals) {
    }

    private final PreReleaseModel model;
    private final CalendarEffects calendar;
    private final ReleaseSchedule schedule;
    private final Market market;
    private final double[] dayWeights;
    private final TrackRecords records;
    /** Estimated elasticities of final gross: [calendar index, competition], each with a 90% interval. */
    private final double[][] elasticity;

    public ReleaseDatePlanner(PreReleaseModel model, CalendarEffects calendar, ReleaseSchedule schedule, Market market,
                              List<PastFilm> past, List<ReleaseCurve> finished) {
        this.model = model;
        this.calendar = calendar;
        this.schedule = schedule;
        this.market = market;
        this.dayWeights = dayWeights(finished);
        this.records = new TrackRecords(past);
        this.elasticity = elasticities(past);
    }

    private ReleaseDatePlanner(ReleaseDatePlanner trained, ReleaseSchedule schedule) {
        this.model = trained.model;
        this.calendar = trained.calendar;
        this.schedule = schedule;
        this.market = trained.market;
        this.dayWeights = trained.dayWeights;
        this.records = trained.records;
        this.elasticity = trained.elasticity;
    }

    /**
     * The same trained planner measuring the competition on another schedule: the history's films plus the
     * catalog's announced releases, which change without any need to train again (they all come after the
     * films the elasticities were estimated on).
     */
    public ReleaseDatePlanner withSchedule(ReleaseSchedule rivals) {
        return rivals == schedule ? this : new ReleaseDatePlanner(this, rivals);
    }

    /**
     * How much a film's final gross moves with its release date's calendar index and with the
     * strength of the films opening within a week, from past films: least squares of log final
     * gross on both, the film's own track record and year levels; 90% interval by bootstrap.
     */
    private double[][] elasticities(List<PastFilm> past) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        java.util.Map<Integer, Integer> years = new java.util.HashMap<>();
        past.forEach(p -> years.putIfAbsent(p.info().releaseDate().getYear(), years.size()));
        for (PastFilm p : past) {
            LocalDate d = p.info().releaseDate();
            double own = records.strength(p.info(), d);
            double level = records.marketLevel(d);
            double[] row = new double[4 + years.size()];
            row[0] = Math.log(calendarIndex(d));
            row[1] = competition(p.info().filmId(), d);
            row[2] = Double.isNaN(own) || Double.isNaN(level) ? 0 : own - level;
            row[3] = Double.isNaN(own) ? 1 : 0;
            row[4 + years.get(d.getYear())] = 1;
            x.add(row);
            y.add(p.logFinal());
        }
        double[][] xa = x.toArray(double[][]::new);
        double[] ya = y.stream().mapToDouble(Double::doubleValue).toArray();
        double[] fit = CalendarEffects.leastSquares(xa, ya);
        java.util.Random random = new java.util.Random(3);
        double[][] draws = new double[2][200];
        for (int b = 0; b < 200; b++) {
            int[] pick = random.ints(xa.length, 0, xa.length).toArray();
            double[] f = CalendarEffects.leastSquares(java.util.Arrays.stream(pick).mapToObj(i -> xa[i])
                    .toArray(double[][]::new), java.util.Arrays.stream(pick).mapToDouble(i -> ya[i]).toArray());
            draws[0][b] = f[0];
            draws[1][b] = f[1];
        }
        return new double[][] {{fit[0], Quantiles.of(draws[0], 0.05), Quantiles.of(draws[0], 0.95)},
                {fit[1], Quantiles.of(draws[1], 0.05), Quantiles.of(draws[1], 0.95)}};
    }

    /** log(1 + summed relative strength of the films opening within 7 days), strength from track records. */
    double competition(String filmId, LocalDate date) {
        double sum = 0;
        for (FilmInfo rival : schedule.competitors(filmId, date, 7)) {
            double s = records.strength(rival, rival.releaseDate());
            double level = records.marketLevel(rival.releaseDate());
            sum += Double.isNaN(s) || Double.isNaN(level) ? 0.5 : Math.exp(Math.min(4, s - level));
        }
        return Math.log1p(sum);
    }

    /**
     * The film's level is the pre-release forecast averaged (in logs) over the window; each date
     * then moves it by the estimated calendar and competition elasticities, so the comparison
     * between dates rests on effects measured on the data rather than on the trees' date splits.
     */
    public List<Candidate> compare(FilmInfo film, LocalDate from, LocalDate to) {
        List<LocalDate> dates = from.datesUntil(to.plusDays(1)).toList();
        double level = 0;
        double lowRatio = 0;
        double highRatio = 0;
        double meanCalendar = 0;
        double meanCompetition = 0;
        for (LocalDate d : dates) {
            Forecast f = model.forecast(dated(film, d));
            level += Math.log(f.predictedFinalGross()) / dates.size();
            lowRatio += Math.log(f.low80() / f.predictedFinalGross()) / dates.size();
            highRatio += Math.log(f.high80() / f.predictedFinalGross()) / dates.size();
            meanCalendar += Math.log(calendarIndex(d)) / dates.size();
            meanCompetition += competition(film.filmId(), d) / dates.size();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (LocalDate d : dates) {
            double shift = elasticity[0][0] * (Math.log(calendarIndex(d)) - meanCalendar)
                    + elasticity[1][0] * (competition(film.filmId(), d) - meanCompetition);
            double centre = Math.exp(level + shift);
            Forecast f = new Forecast(film.filmId(), 0, centre, centre * Math.exp(lowRatio), centre * Math.exp(highRatio));
            candidates.add(new Candidate(d, f, calendarIndex(d), effectsOn(d), schedule.competitors(film.filmId(), d, 7)));
        }
        return candidates;
    }

    private static FilmInfo dated(FilmInfo film, LocalDate d) {
        return new FilmInfo(film.filmId(), film.title(), d, film.genres(), film.directors(), film.stars(),
                film.runtimeMin(), film.formats(), film.distributor(), film.openingTheaters());
    }

    /** Weighted mean attendance multiplier over the first two weeks of a release on {@code date}. */
    double calendarIndex(LocalDate date) {
        double sum = 0;
        for (int k = 0; k < WEIGHTED_DAYS; k++) {
            sum += dayWeights[k] * Math.exp(calendar.logMultiplier(date.plusDays(k)));
        }
        return sum;
    }

    /** Log contribution of each named effect to the calendar index of a date (for the explanation). */
    private double contribution(String effect, LocalDate date) {
        double sum = 0;
        for (int k = 0; k < WEIGHTED_DAYS; k++) {
            if (CalendarEffects.effectsOn(date.plusDays(k), market).contains(effect)) {
                CalendarEffects.Effect e = calendar.effects().stream().filter(x -> x.name().equals(effect)).findFirst()
                        .orElse(null);
                sum += e == null ? 0 : dayWeights[k] * Math.log1p(e.effect());
            }
        }
        return sum;
    }

    private List<String> effectsOn(LocalDate date) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < WEIGHTED_DAYS; k++) {
            for (String e : CalendarEffects.effectsOn(date.plusDays(k), market)) {
                if (!e.contains("(vs Monday)") && !names.contains(e)) {
                    names.add(e);
                }
            }
        }
        return names;
    }

    public void print(FilmInfo film, List<Candidate> candidates, PrintStream out) {
        out.printf(Locale.ROOT, "%nestimated calendar effects on the market's daily gross (%s, 90%% bootstrap interval over weeks):%n", market);
        calendar.effects().stream().sorted(Comparator.comparingDouble(e -> -Math.abs(e.effect())))
                .forEach(e -> out.printf(Locale.ROOT, "  %-28s %+7.1f%%  [%+7.1f%%, %+7.1f%%]  %4d days%n",
                        e.name(), 100 * e.effect(), 100 * e.low90(), 100 * e.high90(), e.days()));
        out.printf(Locale.ROOT, "%nestimated from %s's past films (90%% bootstrap interval):%n", market);
        out.printf(Locale.ROOT, "  final gross ~ calendar index ^ %.2f [%.2f, %.2f]  (index: first two weeks' attendance"
                + " multiplier, weighted by the typical share of each day)%n", elasticity[0][0], elasticity[0][1], elasticity[0][2]);
        out.printf(Locale.ROOT, "  final gross ~ exp(%.2f [%.2f, %.2f] x log(1 + strength of films opening within 7 days))%n",
                elasticity[1][0], elasticity[1][1], elasticity[1][2]);
        out.printf(Locale.ROOT, "%ncandidate release dates for %s (%s):%n", film.title(), film.filmId());
        out.printf(Locale.ROOT, "  %-10s %-3s %14s %14s %14s %9s %6s  %s%n", "date", "dow", "forecast", "low80", "high80",
                "calendar", "rivals", "holidays in first 2 weeks");
        for (Candidate c : candidates) {
            out.printf(Locale.ROOT, "  %-10s %-3s %14.0f %14.0f %14.0f %9.2f %6d  %s%n", c.date(),
                    c.date().getDayOfWeek().name().substring(0, 3), c.forecast().predictedFinalGross(),
                    c.forecast().low80(), c.forecast().high80(), c.calendarIndex(), c.rivals().size(),
                    String.join(", ", c.effects()));
        }
        Candidate best = best(candidates);
        out.printf(Locale.ROOT, "%nrecommended: %s (%s), forecast %.0f [80%%: %.0f .. %.0f]%n", best.date(),
                best.date().getDayOfWeek(), best.forecast().predictedFinalGross(), best.forecast().low80(),
                best.forecast().high80());
        explain(best, candidates, out);
    }

    /** The two effects that most separate the chosen date from the window's average date. */
    private void explain(Candidate best, List<Candidate> candidates, PrintStream out) {
        out.println("why (the two largest effects):");
        reasons(best, candidates).forEach(r -> out.println("  - " + r));
    }

    /** The two effects that most separate the chosen date from the window's average date, largest first. */
    public List<Sentence> reasons(Candidate best, List<Candidate> candidates) {
        record Reason(Sentence text, double size) {
        }
        List<Reason> reasons = new ArrayList<>();
        for (CalendarEffects.Effect e : calendar.effects()) {
            double here = contribution(e.name(), best.date());
            double average = candidates.stream().mapToDouble(c -> contribution(e.name(), c.date())).average().orElse(0);
            double worth = elasticity[0][0] * (here - average);
            if (Math.abs(worth) > 1e-9) {
                reasons.add(new Reason(Sentence.of("sentence.plan.why.effect", new Sentence.Name("holiday", e.name()),
                        100 * e.effect(), 100 * e.low90(), 100 * e.high90(), 100 * (Math.exp(worth) - 1)),
                        Math.abs(worth)));
            }
        }
        double competitionHere = competition(best.forecast().filmId(), best.date());
        double competitionAverage = candidates.stream()
                .mapToDouble(c -> competition(c.forecast().filmId(), c.date())).average().orElse(0);
        double competitionWorth = elasticity[1][0] * (competitionHere - competitionAverage);
        reasons.add(new Reason(Sentence.of("sentence.plan.why.competition", best.rivals().size(),
                new Sentence.Joined(best.rivals().stream().limit(4).map(FilmInfo::title).toList()),
                100 * (Math.exp(competitionWorth) - 1)), Math.abs(competitionWorth)));
        reasons.sort(Comparator.comparingDouble(Reason::size).reversed());
        return reasons.stream().limit(2).map(Reason::text).toList();
    }

    /** The candidate with the highest forecast: the recommended date. */
    public static Candidate best(List<Candidate> candidates) {
        return candidates.stream().max(Comparator.comparingDouble(c -> c.forecast().predictedFinalGross()))
                .orElseThrow();
    }

    /** Elasticities of final gross: [calendar index, competition] x [estimate, low90, high90]. */
    public double[][] elasticities() {
        return new double[][] {elasticity[0].clone(), elasticity[1].clone()};
    }

    public CalendarEffects calendar() {
        return calendar;
    }

    private static double[] dayWeights(List<ReleaseCurve> finished) {
        double[] weights = new double[WEIGHTED_DAYS];
        int films = 0;
        for (ReleaseCurve c : finished) {
            double through = c.grossThrough(WEIGHTED_DAYS);
            if (through <= 0) {
                continue;
            }
            for (int k = 0; k < WEIGHTED_DAYS; k++) {
                BoxOfficeDay row = c.onDay(k + 1);
                weights[k] += row == null ? 0 : row.gross() / through;
            }
            films++;
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        for (int k = 0; k < WEIGHTED_DAYS; k++) {
            weights[k] = films == 0 || total == 0 ? 1.0 / WEIGHTED_DAYS : weights[k] / total;
        }
        return weights;
    }
}
