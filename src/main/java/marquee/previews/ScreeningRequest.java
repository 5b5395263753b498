package marquee.previews;

import java.time.Instant;

/**
 * A distributor's request to a cinema chain for a screening of its film at one cinema: a window for the start, a
 * smallest hall, the kind of screening and whether it is for invited guests only. {@code status} moves as
 * {@link Status} says; {@code proposedEarliest}/{@code proposedLatest} are the chain's other window while PROPOSED,
 * {@code answerNote} the chain's reason for declining or its note with a proposal, {@code screeningId} the screening
 * scheduled on acceptance.
 */
public record ScreeningRequest(
        long id,
        long filmId,
        long cinemaId,
        long distributorTenantId,
        long chainTenantId,
        Kind kind,
        boolean invitationOnly,
        Instant earliestStart,
        Instant latestStart,
        int minSeats,
        String note,
        Status status,
        Instant proposedEarliest,
        Instant proposedLatest,
        String answerNote,
        Long screeningId,
        long createdBy,
        Instant createdAt,
        Instant updatedAt) {

    /** What the screening is for. */
    public enum Kind { PREVIEW, TARGETED, FAN_EVENT }

    /**
     * SENT: waiting for the chain, which moves it to ACCEPTED (a screening is scheduled), DECLINED (with a reason) or
     * PROPOSED (another window); the distributor moves a PROPOSED one back to SENT with the proposed window by agreeing,
     * and a SENT or PROPOSED one to WITHDRAWN. ACCEPTED, DECLINED and WITHDRAWN are final.
     */
    public enum Status {
        SENT, ACCEPTED, DECLINED, PROPOSED, WITHDRAWN;

        public boolean isOpen() {
            return this == SENT || this == PROPOSED;
        }
    }
}
