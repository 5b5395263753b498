package marquee.forecasting.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import marquee.forecasting.ForecastViews.FilmRun;
import marquee.shared.Sentence;

/**
 * The rule that suggests which film of a market's history a catalog film is, as the acquisition pairs'
 * PROVENANCE matched titles: a title is normalised (Unicode NFKC, lower case, a leading English article
 * "the", "a" or "an" dropped, then every character that is not a letter or a digit removed), and a history
 * film matches when its normalised title equals one of the catalog film's (Chinese, English or original)
 * and its release year is within one year of one of the catalog film's releases. Several matches: the
 * nearest release date first. A suggestion only: the distributor confirms or fixes it.
 */
public final class TitleMatch {

    /** The rule in one sentence (console bundle): English in the API, the reader's language on the film's page. */
    public static final Sentence RULE = Sentence.of("sentence.titleMatch.rule");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an)\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleMatch() {
    }

    /** The title as the rule compares it; empty for a blank one. */
    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = LEADING_ARTICLE.matcher(s).replaceFirst("");
        return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
    }

    /** The history films the rule matches, nearest release date first. */
    public static List<FilmRun> candidates(Collection<String> titles, Collection<LocalDate> releaseDates,
                                           List<FilmRun> history) {
        Set<String> wanted = titles.stream().map(TitleMatch::normalise).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
        List<LocalDate> dates = releaseDates.stream().filter(Objects::nonNull).toList();
        if (wanted.isEmpty() || dates.isEmpty()) {
            return List.of();
        }
        return history.stream()
                .filter(f -> f.releaseDate() != null && wanted.contains(normalise(f.title())))
                .filter(f -> dates.stream().anyMatch(d -> Math.abs(d.getYear() - f.releaseDate().getYear()) <= 1))
                .sorted(Comparator.comparingLong(f -> distance(f.releaseDate(), dates)))
                .toList();
    }

    private static long distance(LocalDate date, List<LocalDate> dates) {
        return dates.stream().mapToLong(d -> Math.abs(d.toEpochDay() - date.toEpochDay())).min().orElse(Long.MAX_VALUE);
    }
}
