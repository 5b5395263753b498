package marquee.demo.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import marquee.catalog.NewCinema;
import marquee.demo.internal.DemoSlate.DemoCity;

/**
 * Spreads the market's cinemas over the cities by tier, the way China's screens are spread: a
 * tier-1 city has a dozen times the cinemas of a tier-5 town. Chains and malls are sampled.
 */
final class CinemaPlan {

    /** The demo cinemas' own time zone: every demo city is in China. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record PlannedCinema(NewCinema cinema, int tier, List<HallDesign> halls) {}

    /** Relative number of cinemas in one city of each tier (index = tier). */
    private static final double[] CINEMAS_PER_CITY_BY_TIER = {0, 20, 7, 2.6, 1.5, 1};
    private static final int[][] HALLS_BY_TIER = {{0, 0}, {6, 12}, {5, 10}, {4, 9}, {3, 7}, {3, 5}};
    private static final String[] CHAINS = {"万达影城", "CGV影城", "金逸影城", "大地影院", "横店电影城", "幸福蓝海国际影城",
            "博纳国际影城", "上影国际影城", "中影国际影城", "卢米埃影城", "百老汇影城", "耀莱成龙影城"};
    private static final String[] MALLS = {"万象城", "大悦城", "万达广场", "龙湖天街", "吾悦广场", "印象城", "来福士",
            "银泰城", "凯德广场", "宝龙广场", "星光天地", "太古里", "天虹购物中心", "步行街", "IFS国金中心", "高铁站"};

    private CinemaPlan() {
    }

    static List<PlannedCinema> plan(List<DemoCity> allCities, int totalCinemas, SplittableRandom random) {
        // A market smaller than the city list takes the largest cities (the list runs from tier 1 down).
        List<DemoCity> cities = allCities.subList(0, Math.min(allCities.size(), totalCinemas));
        int[] perCity = allocate(cities, totalCinemas);
        List<PlannedCinema> planned = new ArrayList<>(totalCinemas);
        for (int i = 0; i < cities.size(); i++) {
            DemoCity city = cities.get(i);
            for (int n = 0; n < perCity[i]; n++) {
                String chain = CHAINS[random.nextInt(CHAINS.length)];
                String mall = MALLS[(n + random.nextInt(3)) % MALLS.length];
                String name = chain + "(" + city.chineseName() + mall + (n >= MALLS.length ? (n / MALLS.length + 1) : "") + "店)";
                NewCinema cinema = new NewCinema(name, chain, city.name(), city.province(), city.tier(), ZONE.getId(),
                        city.chineseName() + mall);
                planned.add(new PlannedCinema(cinema, city.tier(), halls(city.tier(), random)));
            }
        }
        return planned;
    }

    private static List<HallDesign> halls(int tier, SplittableRandom random) {
        int[] range = HALLS_BY_TIER[tier];
        int count = range[0] + random.nextInt(range[1] - range[0] + 1);
        List<HallDesign> halls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            halls.add(HallDesign.pick(i, count, random));
        }
        return halls;
    }

    /** Largest-remainder allocation of {@code total} cinemas, at least one per city. */
    static int[] allocate(List<DemoCity> cities, int total) {
        double weightSum = cities.stream().mapToDouble(c -> CINEMAS_PER_CITY_BY_TIER[c.tier()]).sum();
        int[] counts = new int[cities.size()];
        double[] remainders = new double[cities.size()];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = Math.max(1, total * CINEMAS_PER_CITY_BY_TIER[cities.get(i).tier()] / weightSum);
            counts[i] = (int) exact;
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
        for (int k = 0; assigned < total; k = (k + 1) % counts.length, assigned++) {
            counts[order.get(k)]++;
        }
        return counts;
    }
}
