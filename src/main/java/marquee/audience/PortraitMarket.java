package marquee.audience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.audience.internal.AudienceData;
import marquee.audience.internal.AudienceData.Purchase;
import marquee.audience.internal.AudienceData.Snapshot;

/**
 * A market given column by column instead of read from the store, to draw portraits of it: what the benchmarks
 * (src/bench) time. Moviegoer {@code m} is index {@code m} of every column; attributes are codes into
 * {@link AudienceData#AGE_BANDS}, {@link AudienceData#GENDERS}, {@link AudienceData#TIERS} and the label lists given.
 */
public final class PortraitMarket {

    /** One purchase: the moviegoer's index, the film and cinema, the show's weekday (1 = Monday) and hour, seats, amount. */
    public record Sale(int moviegoer, long filmId, long cinemaId, int weekday, int hour, int seats, long amountMinor) {}

    private final Snapshot snapshot;
    private final Portraits portraits = new Portraits(null, null, null, 50);

    private PortraitMarket(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    public static PortraitMarket of(byte[] ageBand, byte[] gender, byte[] tier, short[] province, short[] city, long[] interests,
                                    long[] genresSeen, int[] viewings, boolean[] consent, List<String> provinces,
                                    List<String> cities, List<String> interestTags, List<String> genres, List<Sale> sales) {
        int n = ageBand.length;
        Map<Long, Integer> memberOf = new HashMap<>(n * 2);
        for (int m = 0; m < n; m++) {
            memberOf.put(m + 1L, m);
        }
        List<Purchase> purchases = new ArrayList<>(sales.size());
        int[] purchaseMember = new int[sales.size()];
        for (int i = 0; i < sales.size(); i++) {
            Sale sale = sales.get(i);
            purchases.add(new Purchase(sale.moviegoer() + 1L, sale.filmId(), sale.cinemaId(), sale.weekday(), sale.hour(),
                    sale.seats(), sale.amountMinor(), null, null));
            purchaseMember[i] = sale.moviegoer();
        }
        return new PortraitMarket(new Snapshot(n, memberOf, ageBand, gender, tier, province, city, interests, genresSeen, viewings,
                consent, provinces, cities, interestTags, genres, Map.of(), purchases, purchaseMember, System.nanoTime(), 0));
    }

    /** The portrait of a film's audience in this market, against the whole of it, with the audience's histories. */
    public Portrait portraitOf(long filmId) {
        return portraits.portrait(List.of(filmId), "film", snapshot, null, true);
    }
}
