/**
 * Booking: seat holds, checkout, payments, refunds, e-tickets. Its published events
 * ({@link marquee.booking.TicketsSold}, {@link marquee.booking.TicketsRefunded}) are the one path by
 * which a sale reaches the box office, audience and campaign modules; feeds of other sellers are
 * turned into the same events. {@link marquee.booking.SalesHistory} tells the platform's sales again as
 * those events, for a consumer that rebuilds its own copy of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package marquee.booking;
