package marquee.audience.internal;

import java.util.Set;
import java.util.function.Consumer;
import marquee.accounts.Accounts;
import marquee.booking.SalesHistory;
import marquee.booking.TicketCheckedIn;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the audience's copy of the purchases (tickets, refunds, check-ins) from booking's sales history: in one
 * transaction every row is deleted and every event of the history is stored again by the same code that stores a
 * live one ({@link AudienceTickets}), so a rebuilt copy is what the live events would have made. Moviegoers who
 * were forgotten stay forgotten: their purchases and check-ins are left out (their refunds, which name nobody, are
 * kept as forgetting keeps them).
 */
@Service
public class AudienceHistory {

    /** Events stored again, by kind, and the time the rebuild took so far (a progress report, or the last one). */
    public record Rebuilt(long sales, long refunds, long checkIns, long millis) {}

    private static final int PROGRESS_EVERY = 20_000;

    private final SalesHistory history;
    private final AudienceTickets tickets;
    private final AudienceData index;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    AudienceHistory(SalesHistory history, AudienceTickets tickets, AudienceData index, Accounts accounts,
                    PlatformTransactionManager transactions) {
        this.history = history;
        this.tickets = tickets;
        this.index = index;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Rebuilds, telling {@code progress} how far it got every so many events; live deliveries wait meanwhile. */
    public Rebuilt rebuild(Consumer<Rebuilt> progress) {
        long started = System.nanoTime();
        Rebuilt rebuilt = tickets.rebuild(() -> transaction.execute(status -> replay(progress, started)));
        // The index is stale now whatever the change counter says: the next portrait reads the rebuilt copy.
        index.invalidate();
        return rebuilt;
    }

    private Rebuilt replay(Consumer<Rebuilt> progress, long started) {
        Set<Long> forgotten = accounts.forgottenMoviegoers();
        tickets.clear();
        long[] counts = new long[3];
        history.replay(event -> {
            switch (event) {
                case TicketsSold sale when !forgotten.contains(sale.buyerId()) -> {
                    tickets.store(sale);
                    counts[0]++;
                }
                case TicketsRefunded refund -> {
                    tickets.store(refund);
                    counts[1]++;
                }
                case TicketCheckedIn checkIn when !forgotten.contains(checkIn.buyerId()) -> {
                    tickets.store(checkIn);
                    counts[2]++;
                }
                default -> {
                    return;
                }
            }
            if ((counts[0] + counts[1] + counts[2]) % PROGRESS_EVERY == 0) {
                progress.accept(report(counts, started));
            }
        });
        return report(counts, started);
    }

    private static Rebuilt report(long[] counts, long started) {
        return new Rebuilt(counts[0], counts[1], counts[2], (System.nanoTime() - started) / 1_000_000);
    }
}
