package marquee.booking;

import java.time.Instant;
import marquee.shared.Money;

/** What cancelling a screening did: the orders and tickets refunded, the money given back, the buyers told. */
public record Cancellation(long screeningId, Instant cancelledAt, String reason, int ordersRefunded, int ticketsRefunded,
                           Money refunded, int buyersNotified) {}
