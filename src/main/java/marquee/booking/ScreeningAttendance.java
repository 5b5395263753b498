package marquee.booking;

import java.util.List;
import java.util.Set;

/**
 * Who came to a screening and who bought a film, from booking's own tickets: for the results of a preview (how many
 * booked and were checked in at the door, and whether the invited bought the film more than the held out). Counts
 * only tickets of paid orders that were not refunded, as {@link Viewings} does.
 */
public interface ScreeningAttendance {

    /** One buyer's tickets for the screening: seats held (paid, not refunded) and how many of them were checked in. */
    record Attendee(long buyerId, int seats, int checkedIn) {}

    /** Everyone with a paid, not refunded ticket for the screening. */
    List<Attendee> attendees(long screeningId);

    /** The accounts holding a paid, not refunded ticket for any screening of the film. */
    Set<Long> ticketHolders(long filmId);
}
