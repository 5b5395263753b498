package marquee.previews.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans of screenings over free slots, and their expected attendance: no store, no Spring, so that a synthetic
 * market can check them directly.
 *
 * <p>The model: a city's expected audience {@code A} (the sum of its moviegoers' chances of coming) is shared by the
 * screenings planned in the city, a full hall passing its overflow to the others. The city's expected attendance is
 * {@code min(A, sum of the planned halls' capacities)}; each screening's share is {@code min(capacity, level)} for
 * the level at which the shares add up to that. A second screening in a city adds only what the first could not
 * seat: returns diminish. The plan's expected attendance is the sum over its cities.
 *
 * <p>Constraints every plan keeps: at most one screening per cinema per day, and only free slots (the caller lists a
 * hall's slot only when the hall is free for the whole screening, on a day inside the window).
 */
public final class PlanMaker {

    /**
     * Which slot to take among equally good ones: the smaller hall, then the later time of day (an evening show
     * before an afternoon one: people who work can come), then the earlier date, then by ids.
     */
    private static final Comparator<FreeSlot> TIE_BREAK = Comparator.comparingInt(FreeSlot::capacity)
            .thenComparing(FreeSlot::start, Comparator.reverseOrder()).thenComparing(FreeSlot::date)
            .thenComparingLong(FreeSlot::cinemaId).thenComparingLong(FreeSlot::hallId);

    private PlanMaker() {
    }

    /**
     * Up to {@code count} screenings chosen one at a time, each the free slot that adds the most expected attendance
     * to the plan so far: {@code min(capacity, what the city's planned halls cannot seat yet)}. Among slots adding
     * the same, the smallest hall (so a hall just big enough is chosen over a bigger one), then the evening, then the earliest day. Stops
     * early when no slot adds anyone.
     */
    public static List<FreeSlot> greedy(Map<String, Double> audience, List<FreeSlot> free, int count) {
        List<FreeSlot> plan = new ArrayList<>();
        Set<Long> cinemaDays = new HashSet<>();
        Map<String, Double> seated = new HashMap<>();
        while (plan.size() < count) {
            FreeSlot best = null;
            double bestGain = 0;
            for (FreeSlot slot : free) {
                if (cinemaDays.contains(cinemaDay(slot))) {
                    continue;
                }
                double unseated = Math.max(0, audience.getOrDefault(slot.city(), 0.0) - seated.getOrDefault(slot.city(), 0.0));
                double gain = Math.min(slot.capacity(), unseated);
                if (gain > bestGain || (gain == bestGain && best != null && gain > 0 && TIE_BREAK.compare(slot, best) < 0)) {
                    best = slot;
                    bestGain = gain;
                }
            }
            if (best == null) {
                break;
            }
            plan.add(best);
            cinemaDays.add(cinemaDay(best));
            seated.merge(best.city(), (double) best.capacity(), Double::sum);
        }
        return plan;
    }

    /**
     * The naive plan: the cities by size (most moviegoers first), each in turn given a screening in the biggest
     * free hall it has at its first free slot, round after round until {@code count} or no slot is left.
     */
    public static List<FreeSlot> naive(List<String> citiesBySize, List<FreeSlot> free, int count) {
        Comparator<FreeSlot> biggestFirst = Comparator.comparingInt(FreeSlot::capacity).reversed()
                .thenComparing(FreeSlot::date).thenComparing(FreeSlot::start)
                .thenComparingLong(FreeSlot::cinemaId).thenComparingLong(FreeSlot::hallId);
        Map<String, List<FreeSlot>> byCity = new HashMap<>();
        free.forEach(slot -> byCity.computeIfAbsent(slot.city(), k -> new ArrayList<>()).add(slot));
        byCity.values().forEach(slots -> slots.sort(biggestFirst));
        List<FreeSlot> plan = new ArrayList<>();
        Set<Long> cinemaDays = new HashSet<>();
        boolean added = true;
        while (plan.size() < count && added) {
            added = false;
            for (String city : citiesBySize) {
                if (plan.size() == count) {
                    break;
                }
                FreeSlot next = byCity.getOrDefault(city, List.of()).stream()
                        .filter(s -> !cinemaDays.contains(cinemaDay(s))).findFirst().orElse(null);
                if (next != null) {
                    plan.add(next);
                    cinemaDays.add(cinemaDay(next));
                    added = true;
                }
            }
        }
        return plan;
    }

    /** The plan's expected attendance: per city, {@code min(audience, the planned halls' capacities)}, summed. */
    public static double expected(Map<String, Double> audience, List<FreeSlot> plan) {
        Map<String, Double> seats = new HashMap<>();
        plan.forEach(s -> seats.merge(s.city(), (double) s.capacity(), Double::sum));
        return seats.entrySet().stream().mapToDouble(e -> Math.min(audience.getOrDefault(e.getKey(), 0.0), e.getValue())).sum();
    }

    /**
     * Each screening's share of its city's audience, in the plan's order: the audience spread evenly over the city's
     * screenings, a hall that fills passing the rest on to the bigger ones. They add up to {@link #expected}.
     */
    public static double[] shares(Map<String, Double> audience, List<FreeSlot> plan) {
        double[] share = new double[plan.size()];
        Map<String, List<Integer>> byCity = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            byCity.computeIfAbsent(plan.get(i).city(), k -> new ArrayList<>()).add(i);
        }
        byCity.forEach((city, screenings) -> {
            List<Integer> smallestFirst = new ArrayList<>(screenings);
            smallestFirst.sort(Comparator.comparingInt(i -> plan.get(i).capacity()));
            double left = audience.getOrDefault(city, 0.0);
            for (int k = 0; k < smallestFirst.size(); k++) {
                int i = smallestFirst.get(k);
                share[i] = Math.min(plan.get(i).capacity(), left / (smallestFirst.size() - k));
                left -= share[i];
            }
        });
        return share;
    }

    /** One number per cinema and day (days since 1970 fit in six digits until the year 4707). */
    private static long cinemaDay(FreeSlot slot) {
        return slot.cinemaId() * 1_000_000L + slot.date().toEpochDay();
    }
}
