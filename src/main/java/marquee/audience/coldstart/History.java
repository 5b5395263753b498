package marquee.audience.coldstart;

import marquee.audience.internal.BadInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import marquee.audience.Interaction;

/**
 * All interactions as parallel primitive arrays sorted by time, with users and films indexed,
 * so that "as of" snapshots are a prefix scan.
 */
public final class History {

    private final Catalog catalog;
    private final List<String> userIds = new ArrayList<>();
    private final int[] user;
    private final int[] film;
    private final long[] time;
    private final long[] filmFirstSeen;
    private final int unknownFilmInteractions;

    public History(List<Interaction> interactions, Catalog catalog) {
        if (interactions.isEmpty()) {
            throw new BadInputException("no interactions: the interactions file has no usable rows");
        }
        this.catalog = catalog;
        List<Interaction> sorted = new ArrayList<>(interactions);
        sorted.sort(Comparator.comparing(Interaction::ratedAt));
        Map<String, Integer> userIndex = new HashMap<>();
        int n = sorted.size();
        user = new int[n];
        film = new int[n];
        time = new long[n];
        int unknown = 0;
        for (int i = 0; i < n; i++) {
            Interaction interaction = sorted.get(i);
            user[i] = userIndex.computeIfAbsent(interaction.userId(), id -> {
                userIds.add(id);
                return userIds.size() - 1;
            });
            Integer filmId = catalog.indexOf(interaction.filmId());
            if (filmId == null) {
                unknown++;
                filmId = catalog.addUnknown(interaction.filmId());
            }
            film[i] = filmId;
            time[i] = interaction.ratedAt().getEpochSecond();
        }
        unknownFilmInteractions = unknown;
        filmFirstSeen = new long[catalog.size()];
        java.util.Arrays.fill(filmFirstSeen, Long.MAX_VALUE);
        for (int i = n - 1; i >= 0; i--) {
            filmFirstSeen[film[i]] = time[i];
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public int size() {
        return user.length;
    }

    public int userCount() {
        return userIds.size();
    }

    public String userId(int index) {
        return userIds.get(index);
    }

    int user(int i) {
        return user[i];
    }

    int film(int i) {
        return film[i];
    }

    long time(int i) {
        return time[i];
    }

    public Instant first() {
        return Instant.ofEpochSecond(time[0]);
    }

    public Instant last() {
        return Instant.ofEpochSecond(time[time.length - 1]);
    }

    /** Epoch second of the film's first interaction, or Long.MAX_VALUE if nobody has interacted. */
    long firstSeen(int filmId) {
        return filmId < filmFirstSeen.length ? filmFirstSeen[filmId] : Long.MAX_VALUE;
    }

    public int unknownFilmInteractions() {
        return unknownFilmInteractions;
    }

    /** Number of interactions strictly before the given epoch second. */
    int countBefore(long epochSecond) {
        int lo = 0;
        int hi = time.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < epochSecond) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
