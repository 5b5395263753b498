package marquee.audience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import marquee.shared.Sentence;
import marquee.audience.OpinionCurves.AudienceFlag;

/**
 * Finds the days that stand out: at least {@code minimum} events and more than three times the median of
 * the seven days before (days without events count as zero). When half or more of a day's events came
 * from accounts made in the week before, the flag says so: that is what a bought campaign looks like.
 */
final class Spikes {

    private Spikes() {
    }

    /**
     * {@code days} maps a day to {events, events from new accounts}. The flag's detail is the sentence
     * {@code sentence.wom.<kind>} (the events, the median), with how many came from new accounts when they are half.
     */
    static List<AudienceFlag> in(TreeMap<LocalDate, long[]> days, long minimum, String kind) {
        List<AudienceFlag> flags = new ArrayList<>();
        days.forEach((day, counts) -> {
            long[] before = new long[7];
            for (int i = 1; i <= 7; i++) {
                long[] earlier = days.get(day.minusDays(i));
                before[i - 1] = earlier == null ? 0 : earlier[0];
            }
            Arrays.sort(before);
            long median = before[3];
            if (counts[0] >= minimum && counts[0] > 3 * Math.max(median, 1)) {
                boolean fromNew = counts[1] * 2 >= counts[0];
                Sentence detail = Sentence.of("sentence.wom." + kind, counts[0], median);
                flags.add(new AudienceFlag(day, fromNew ? kind + "_NEW_ACCOUNTS" : kind,
                        fromNew ? Sentence.of("sentence.wom.fromNewAccounts", detail, counts[1]) : detail));
            }
        });
        return flags;
    }
}
