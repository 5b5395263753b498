package marquee.booking.internal;

/**
 * Takes every seat of a cancelled screening out of sale for good. One implementation in production,
 * {@link GuardedSeatClosing}; an interface so that the cancellation race test's control can put a closing that
 * does nothing in its place and show the race it prevents (a checkout selling a seat after the cancellation).
 */
interface SeatClosing {

    /** Closes every seat of the screening that is not sold; returns how many rows it closed. */
    int close(long screeningId);
}
