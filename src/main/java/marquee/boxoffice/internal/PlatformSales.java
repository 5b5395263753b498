package marquee.boxoffice.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import marquee.booking.SalesHistory;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.Rebuilt;
import marquee.boxoffice.Reconciliation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's own sales in the box office against booking's sales history: the ledger's entries of them
 * rebuilt from it, or checked against it. Other sellers' feeds exist only in the ledger and are kept.
 */
@Component
class PlatformSales {

    private static final int EXAMPLES = 10;

    private final SalesHistory history;
    private final SaleWriter writer;
    private final Ledger ledger;
    private final Rollups rollups;

    PlatformSales(SalesHistory history, SaleWriter writer, Ledger ledger, Rollups rollups) {
        this.history = history;
        this.writer = writer;
        this.ledger = ledger;
        this.rollups = rollups;
    }

    Rebuilt rebuild() {
        long start = System.nanoTime();
        long[] counts = new long[2];
        writer.rebuild(Ledger.PLATFORM, entries -> history.replay(event -> {
            if (event instanceof TicketsSold sale) {
                counts[0]++;
                entries.accept(LedgerEntry.of(sale));
            } else if (event instanceof TicketsRefunded refund) {
                counts[1]++;
                entries.accept(LedgerEntry.of(refund));
            }
        }));
        return new Rebuilt(counts[0], counts[1], ledger.countOtherSources(), rollups.rows(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** One read-only transaction, so the history and the ledger are read as of one moment where the store allows. */
    @Transactional(readOnly = true)
    Reconciliation reconcile() {
        Set<String> expected = new HashSet<>();
        long[] counts = new long[2];
        history.replay(event -> {
            if (event instanceof TicketsSold sale) {
                counts[0]++;
                expected.add(LedgerEntry.of(sale).eventId());
            } else if (event instanceof TicketsRefunded refund) {
                counts[1]++;
                expected.add(LedgerEntry.of(refund).eventId());
            }
        });
        Set<String> counted = ledger.platformEventIds();
        List<String> missing = difference(expected, counted);
        List<String> unknown = difference(counted, expected);
        List<String> examples = Stream.concat(missing.stream().map(id -> "missing " + id), unknown.stream().map(id -> "unknown " + id))
                .sorted().limit(EXAMPLES).toList();
        return new Reconciliation(counts[0], counts[1], counted.size(), missing.size(), unknown.size(), rollups.rowsOffLedger(),
                examples);
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        List<String> only = new ArrayList<>();
        a.forEach(id -> {
            if (!b.contains(id)) {
                only.add(id);
            }
        });
        return only;
    }

}
