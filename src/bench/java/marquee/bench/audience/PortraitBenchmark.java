package marquee.bench.audience;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import marquee.audience.Portrait;
import marquee.audience.PortraitMarket;
import marquee.audience.PortraitMarket.Sale;

/**
 * {@code audience bench}, second part: median wall time of the portrait of a film with N tickets
 * (default 1,000,000) among a market of twice as many moviegoers and three times as many tickets,
 * against a plain baseline that groups the film's buyers by each attribute with boxed hash maps.
 * The market is given to the audience's {@link PortraitMarket} column by column.
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
        Synthetic market = synthetic(tickets, new SplittableRandom(11));
        double[] fast = new double[runs];
        double[] plain = new double[runs];
        Portrait portrait = null;
        for (int run = -WARM_UP_RUNS; run < runs; run++) {
            long start = System.nanoTime();
            portrait = market.portraits().portraitOf(FILM);
            long middle = System.nanoTime();
            plainGrouping(market);
            long end = System.nanoTime();
            if (run >= 0) {
                fast[run] = (middle - start) / 1e6;
                plain[run] = (end - middle) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "audience bench: portrait of a film with %,d tickets (%,d people) among %,d moviegoers and %,d tickets,"
                + " %d runs after %d warm-up%n", portrait.tickets(), portrait.audience(), market.size(), market.sales().size(),
                runs, WARM_UP_RUNS);
        out.printf(Locale.ROOT, "  portrait (10 dimensions, bit sets over attribute arrays): median %.1f ms%n", median(fast));
        out.printf(Locale.ROOT, "  baseline (group the buyers by 6 attributes with boxed hash maps): median %.1f ms%n", median(plain));
    }

    /** The synthetic market: its columns and sales for the baseline, and the same given to the audience's portraits. */
    record Synthetic(int size, Map<Long, Integer> memberOf, byte[] ageBand, byte[] gender, byte[] tier, short[] province,
                     short[] city, List<Sale> sales, PortraitMarket portraits) {}

    /** The plain way: collect the film's buyers, then one hash-map grouping per attribute. */
    private static void plainGrouping(Synthetic s) {
        List<Integer> buyers = s.sales().stream().filter(p -> p.filmId() == FILM)
                .map(p -> s.memberOf().get(p.moviegoer() + 1L)).distinct().toList();
        List<Map<Object, Long>> groups = new ArrayList<>();
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.ageBand()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.gender()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.tier()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.province()[m], Collectors.counting())));
        groups.add(buyers.stream().collect(Collectors.groupingBy(m -> s.city()[m], Collectors.counting())));
        groups.add(s.sales().stream().filter(p -> p.filmId() == FILM).collect(Collectors.groupingBy(Sale::weekday, Collectors.counting())));
        if (groups.stream().mapToInt(Map::size).sum() == 0) {
            throw new IllegalStateException("nothing grouped");
        }
    }

    static Synthetic synthetic(int filmTickets, SplittableRandom random) {
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
        List<Sale> sales = new ArrayList<>(filmTickets * 3);
        for (int t = 0; t < filmTickets * 3; t++) {
            long film = t < filmTickets ? FILM : 2 + random.nextInt(30);
            // Buyers of the film lean young: the first half of the population holds the younger bands more often.
            int moviegoer = random.nextInt(t < filmTickets ? n / 2 : n);
            sales.add(new Sale(moviegoer, film, 1 + random.nextInt(1000), 1 + random.nextInt(7), 9 + random.nextInt(15), 1,
                    2000 + random.nextInt(8000)));
        }
        PortraitMarket portraits = PortraitMarket.of(age, gender, tier, province, city, interests, genres, viewings, consent,
                labels("province", 31), labels("city", 67), labels("interest", 14), labels("genre", 20), sales);
        return new Synthetic(n, memberOf, age, gender, tier, province, city, sales, portraits);
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
