package marquee.bench.booking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;

/**
 * A buyer's picture of a screening's seat map as it was when fetched: it goes stale as others buy,
 * which is why a hold can meet a conflict. Buyers pick seats side by side in a row, like people do.
 */
final class BenchSeatMap {

    private final long screeningId;
    private final long fetchedAt;
    private final long[] seatIds;
    private final int[] rows;
    private final int[] cols;
    private final boolean[] free;
    private int freeCount;

    private BenchSeatMap(long screeningId, List<JsonNode> seats, long fetchedAt) {
        this.screeningId = screeningId;
        this.fetchedAt = fetchedAt;
        int n = seats.size();
        seatIds = new long[n];
        rows = new int[n];
        cols = new int[n];
        free = new boolean[n];
        for (int i = 0; i < n; i++) {
            JsonNode seat = seats.get(i);
            seatIds[i] = seat.get("seatId").asLong();
            rows[i] = seat.get("gridRow").asInt();
            cols[i] = seat.get("gridCol").asInt();
            free[i] = "FREE".equals(seat.get("state").asString());
            freeCount += free[i] ? 1 : 0;
        }
    }

    /** The map from a seat map answer ({@code GET /api/screenings/{id}/seats}), seats in row order. */
    static BenchSeatMap of(long screeningId, JsonNode plan) {
        List<JsonNode> seats = new ArrayList<>();
        plan.get("seats").forEach(seats::add);
        seats.sort(Comparator.comparingInt((JsonNode s) -> s.get("gridRow").asInt()).thenComparingInt(s -> s.get("gridCol").asInt()));
        return new BenchSeatMap(screeningId, seats, System.nanoTime());
    }

    long screeningId() {
        return screeningId;
    }

    long ageNanos() {
        return System.nanoTime() - fetchedAt;
    }

    int freeCount() {
        return freeCount;
    }

    /**
     * {@code n} seats this map shows free, side by side in one row when it can (else wherever), taken
     * off the map; null when it shows fewer than {@code n} free.
     */
    long[] take(int n, SplittableRandom random) {
        if (freeCount < n) {
            return null;
        }
        int first = randomFree(random);
        List<Integer> chosen = new ArrayList<>(List.of(first));
        for (int i = first + 1; chosen.size() < n && i < seatIds.length && adjacent(i - 1, i) && free[i]; i++) {
            chosen.add(i);
        }
        for (int i = first - 1; chosen.size() < n && i >= 0 && adjacent(i, i + 1) && free[i]; i--) {
            chosen.add(i);
        }
        while (chosen.size() < n) {
            int other = randomFree(random);
            if (!chosen.contains(other)) {
                chosen.add(other);
            }
        }
        long[] ids = new long[n];
        for (int k = 0; k < n; k++) {
            int i = chosen.get(k);
            free[i] = false;
            ids[k] = seatIds[i];
        }
        freeCount -= n;
        return ids;
    }

    private boolean adjacent(int left, int right) {
        return rows[left] == rows[right] && cols[right] == cols[left] + 1;
    }

    /** A random seat shown free: a few random probes, then the first free one after a random place. */
    private int randomFree(SplittableRandom random) {
        for (int probe = 0; probe < 8; probe++) {
            int i = random.nextInt(seatIds.length);
            if (free[i]) {
                return i;
            }
        }
        int start = random.nextInt(seatIds.length);
        for (int k = 0; k < seatIds.length; k++) {
            int i = (start + k) % seatIds.length;
            if (free[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no free seat although " + freeCount + " were counted");
    }
}
