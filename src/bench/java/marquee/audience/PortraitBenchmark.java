package marquee.audience;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import marquee.audience.internal.AudienceData;
import marquee.audience.internal.AudienceData.Purchase;
import marquee.audience.internal.AudienceData.Snapshot;

/**
 * {@code audience bench}, second part: median wall time of the portrait of a film with N tickets
 * (default 1,000,000) among a market of twice as many moviegoers and three times as many tickets,
 * against a plain baseline that groups the film's buyers by each attribute with boxed hash maps.
 *
 * <p>In the bench source set, but in the audience's package: it draws portraits of a synthetic market
 * snapshot, which the audience does not offer through its public API.
 */
public final class PortraitBenchmark {

    private static final int WARM_UP_RUNS = 3;
    private static final long FILM = 1;

    private final int tickets;
    private final int runs;

    public PortraitBenchmark(int tickets, int runs) {
        this.tickets = tickets;
        this.runs = runs;
    }

    public void run(PrintStream out) {
        Snapshot market = synthetic(tickets, new SplittableRandom(11));
        Portraits portraits = new Portraits(null, null, null, 50);
        double[] fast = new double[runs];
        double[] plain = new double[runs];
        Portrait portrait = null;
        for (int run = -WARM_UP_RUNS; run < runs; run++) {
            long start = System.nanoTime();
            portrait = portraits.portrait(List.of(FILM), "film", market, null, true);
            long middle = System.nanoTime();
            plainGrouping(market);
            long end = System.nanoTime();
            if (run >= 0) {
                fast[run] = (middle - start) / 1e6;
                plain[run] = (end - middle) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "audience bench: portrait of a film with %,d tickets (%,d people) among %,d moviegoers and %,d tickets,"
                + " %d runs after %d warm-up%n", portrait.tickets(), portrait.audience(), market.size(), market.purchases().size(),
                runs, WARM_UP_RUNS);
        out.printf(Locale.ROOT, "  portrait (10 dimensions, bit sets over attribute arrays): median %.1f ms%n", median(fast));
        out.printf(Locale.ROOT, "  baseline (group the buyers by 6 attributes with boxed hash maps): median %.1f ms%n", median(plain));
    }

    /** The plain way: collect the film's buyers, then one hash-map grouping per attribute. */
    private static void plainGrouping(Snapshot s) {
        List<Integer> buyers = s.purchases().stream().filter(p -> p.filmId() == FILM)
                .map(p -> s.memberOf().get(p.accountId())).distinct().toList();
        List<Map<Object, Long>> groups = new ArrayList<>();
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.ageBand()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.gender()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.tier()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.province()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.city()[m], Collectors.counting())));
        groups.add(s.purchases().stream().filter(p -> p.filmId() == FILM).collect(Collectors.groupingBy(Purchase::weekday, Collectors.counting())));
        if (groups.stream().mapToInt(Map::size).sum() == 0) {
            throw new IllegalStateException("nothing grouped");
        }
    }

    static Snapshot synthetic(int filmTickets, SplittableRandom random) {
        int n = filmTickets * 2;
        byte[] age = new byte[n];
        byte[] gender = new byte[n];
        byte[] tier = new byte[n];
        short[] province = new short[n];
        short[] city = new short[n];
        long[] interests = new long[n];
        long[] genres = new long[n];
        int[] viewings = new int[n];
        boolean[] consent = new boolean[n];
        Map<Long, Integer> memberOf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            memberOf.put((long) i + 1, i);
            age[i] = (byte) random.nextInt(7);
            gender[i] = (byte) random.nextInt(3);
            tier[i] = (byte) random.nextInt(5);
            province[i] = (short) random.nextInt(31);
            city[i] = (short) random.nextInt(67);
            interests[i] = random.nextLong() & 0x3FFF & random.nextLong();
            genres[i] = random.nextLong() & 0xFFFFF;
            viewings[i] = random.nextInt(20);
            consent[i] = random.nextInt(10) < 7;
        }
        List<Purchase> purchases = new ArrayList<>(filmTickets * 3);
        for (int t = 0; t < filmTickets * 3; t++) {
            long film = t < filmTickets ? FILM : 2 + random.nextInt(30);
            // Buyers of the film lean young: the first half of the population holds the younger bands more often.
            long account = 1 + random.nextInt(t < filmTickets ? n / 2 : n);
            purchases.add(new Purchase(account, film, 1 + random.nextInt(1000), 1 + random.nextInt(7), 9 + random.nextInt(15), 1,
                    2000 + random.nextInt(8000), null, null));
        }
        int[] purchaseMember = purchases.stream().mapToInt(p -> memberOf.get(p.accountId())).toArray();
        return new Snapshot(n, memberOf, age, gender, tier, province, city, interests, genres, viewings, consent,
                labels("province", 31), labels("city", 67), labels("interest", 14), labels("genre", 20), Map.of(), purchases,
                purchaseMember, System.nanoTime(), 0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<String> labels(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + " " + i).toList();
    }
}
