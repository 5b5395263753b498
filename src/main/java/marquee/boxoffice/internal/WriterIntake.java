package marquee.boxoffice.internal;

import java.util.concurrent.CompletableFuture;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.SalesIntake;
import org.springframework.stereotype.Service;

/** Turns sale events into ledger entries for the writer. */
@Service
class WriterIntake implements SalesIntake {

    private final SaleWriter writer;

    WriterIntake(SaleWriter writer) {
        this.writer = writer;
    }

    @Override
    public CompletableFuture<Void> accept(TicketsSold sale) {
        return writer.submit(LedgerEntry.of(sale));
    }

    @Override
    public CompletableFuture<Void> accept(TicketsRefunded refund) {
        return writer.submit(LedgerEntry.of(refund));
    }
}
