package marquee.forecasting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What is known of a foreign film the day before its planned China release: its US run so far and the China
 * market it would open into. Money in major units (dollars for the US run, yuan for the China market).
 *
 * @param usOpening         US gross of the biggest three consecutive days so far (the opening weekend of a wide
 *                          release, the wide-release weekend of a platform release)
 * @param usRunFinished     the film's last US row is at least two weeks before the China date
 * @param chinaMarketLevel  mean daily gross of the China market over the half year before the China date
 */
public record AcquisitionCandidate(String usFilmId, String usTitle, LocalDate usReleaseDate, LocalDate chinaReleaseDate,
                                   double usGrossToDate, double usOpening, int usTheaters, String usDistributor,
                                   boolean usRunFinished, double chinaMarketLevel) {

    public AcquisitionCandidate {
        usDistributor = usDistributor == null ? "" : usDistributor;
    }

    /** Days from the US release to the China release. */
    public long gapDays() {
        return ChronoUnit.DAYS.between(usReleaseDate, chinaReleaseDate);
    }

    /**
     * The regression's features; every one is known before the China release. The two short-gap flags let the
     * model lift a film whose US gross so far is only its opening days (a near day-and-date release).
     */
    double[] features() {
        double opening = usOpening > 0 ? usOpening : usGrossToDate;
        long gap = Math.max(0, gapDays());
        return new double[] {
            Math.log(usGrossToDate),
            Math.log1p(gap),
            usRunFinished ? 1 : 0,
            Math.log(chinaMarketLevel),
            Math.log(Math.max(1, usGrossToDate / opening)),
            Math.log1p(usTheaters),
            gap <= 7 ? 1 : 0,
            gap <= 28 ? 1 : 0,
        };
    }
}
