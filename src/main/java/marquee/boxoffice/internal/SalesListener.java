package marquee.boxoffice.internal;

import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.SalesIntake;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Consumes booking's sale events after their transaction commits. The event publication registry
 * marks an event done only when this returns, that is when the writer has made it durable; an
 * event whose counting failed stays incomplete and is delivered again, and counted once.
 */
@Component
class SalesListener {

    private final SalesIntake intake;

    SalesListener(SalesIntake intake) {
        this.intake = intake;
    }

    @Async
    @TransactionalEventListener
    void on(TicketsSold sale) {
        intake.accept(sale).join();
    }

    @Async
    @TransactionalEventListener
    void on(TicketsRefunded refund) {
        intake.accept(refund).join();
    }
}
