package marquee.audience.coldstart;

import marquee.audience.internal.BadInputException;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Ranks all moviegoers of the history for films they have not rated, with the cold-start model
 * trained on the whole history (cutoff just after its last interaction).
 */
public final class TargetRanking {

    /** One line of the contract output {@code film_id,rank,user_id,score}. */
    public record Row(String filmId, int rank, String userId, double score) {
    }

    private TargetRanking() {
    }

    public static List<Row> rank(History history, List<String> targetFilms, int k) {
        List<Integer> films = new ArrayList<>();
        for (String filmId : targetFilms) {
            Integer film = history.catalog().indexOf(filmId);
            if (film == null || history.catalog().year(film) == 0) {
                throw new BadInputException("unknown target film " + filmId + ": it is not in the films file");
            }
            films.add(film);
        }
        MoviegoerProfiles profiles = new MoviegoerProfiles(history, history.last().getEpochSecond() + 1);
        ColdStartModel model = ColdStartModel.train(profiles);
        List<Row> rows = new ArrayList<>();
        for (int film : films) {
            int[] candidates = notYetRated(profiles, film);
            double[] scores = model.scores(film, candidates);
            int[] top = model.top(film, candidates, k);
            java.util.Map<Integer, Double> scoreOf = new java.util.HashMap<>();
            for (int i = 0; i < candidates.length; i++) {
                scoreOf.put(candidates[i], scores[i]);
            }
            for (int r = 0; r < top.length; r++) {
                rows.add(new Row(history.catalog().film(film).filmId(), r + 1, history.userId(top[r]),
                        probability(scoreOf.get(top[r]))));
            }
        }
        return rows;
    }

    /** A film given as a target may already have raters; they are not an audience to find. */
    private static int[] notYetRated(MoviegoerProfiles profiles, int film) {
        Set<Integer> raters = new HashSet<>();
        for (int i = 0; i < profiles.end; i++) {
            if (profiles.history.film(i) == film) {
                raters.add(profiles.history.user(i));
            }
        }
        return java.util.Arrays.stream(profiles.candidates()).filter(u -> !raters.contains(u)).toArray();
    }

    /**
     * The model's log-odds as a 0..1 score. The model is trained on sampled non-raters, so this is a
     * relative propensity for ordering, not a calibrated probability.
     */
    private static double probability(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }

    public static void write(List<Row> rows, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("film_id", "rank", "user_id", "score")
                .setRecordSeparator('\n').get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Row row : rows) {
                printer.printRecord(row.filmId(), row.rank(), row.userId(),
                        String.format(Locale.ROOT, "%.6f", row.score()));
            }
        }
    }

    public static int filmsWithInteractions(History history, List<String> targetFilms) {
        int n = 0;
        for (String filmId : targetFilms) {
            Integer film = history.catalog().indexOf(filmId);
            if (film != null && history.firstSeen(film) != Long.MAX_VALUE) {
                n++;
            }
        }
        return n;
    }
}
