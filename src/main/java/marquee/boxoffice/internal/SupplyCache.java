package marquee.boxoffice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import marquee.catalog.Catalog;
import marquee.catalog.ScreeningSupply;
import org.springframework.stereotype.Component;

/**
 * The catalog's screenings and seats per film and cinema for a day, kept for a short while: the
 * schedule changes rarely while rankings are asked for many times a second.
 */
@Component
class SupplyCache {

    private static final long TTL_NANOS = 30_000_000_000L;

    private record Entry(List<ScreeningSupply> supply, long loadedNanos) {}

    private final Map<LocalDate, Entry> byDay = new ConcurrentHashMap<>();
    private final Catalog catalog;

    SupplyCache(Catalog catalog) {
        this.catalog = catalog;
    }

    List<ScreeningSupply> supply(LocalDate day) {
        long now = System.nanoTime();
        Entry entry = byDay.get(day);
        if (entry == null || now - entry.loadedNanos() > TTL_NANOS) {
            entry = new Entry(catalog.supply(day), now);
            byDay.put(day, entry);
        }
        return entry.supply();
    }
}
