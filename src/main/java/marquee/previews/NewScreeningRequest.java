package marquee.previews;

import java.time.Instant;

/**
 * A request to send: the distributor's film, the chain's cinema, the window for the start (UTC instants), the
 * smallest hall (seats), the kind, whether it is for invited guests only, and an optional note (at most 500 characters).
 */
public record NewScreeningRequest(
        Long filmId,
        Long cinemaId,
        Instant earliestStart,
        Instant latestStart,
        Integer minSeats,
        ScreeningRequest.Kind kind,
        Boolean invitationOnly,
        String note) {
}
