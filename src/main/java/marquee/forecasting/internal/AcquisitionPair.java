package marquee.forecasting.internal;

import java.time.LocalDate;

/** A film that ran in both markets: its China film of the Maoyan history and its US film of the Box Office Mojo one. */
public record AcquisitionPair(String chinaFilmId, String chinaTitle, LocalDate chinaReleaseDate, String usFilmId,
                              String usTitle, long line) {
}
