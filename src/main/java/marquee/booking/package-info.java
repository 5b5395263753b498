/**
 * Booking: seat holds, checkout, payments, refunds, e-tickets. Its published events
 * ({@link marquee.booking.TicketsSold}, {@link marquee.booking.TicketsRefunded}) are the one path by
 * which a sale reaches the box office, audience and campaign modules; feeds of other sellers are
 * turned into the same events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package marquee.booking;
