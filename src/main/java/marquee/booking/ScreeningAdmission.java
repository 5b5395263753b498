package marquee.booking;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who may see and hold seats at a screening; implemented by the previews module (booking does not depend on it) for
 * its invitation-only screenings. Without an implementation every screening is public: {@link #EVERYONE}.
 * {@link #admits} is asked once per hold, before any seat is claimed, so it must be quick.
 */
public interface ScreeningAdmission {

    /** Every screening public, nobody invited anywhere. */
    ScreeningAdmission EVERYONE = new ScreeningAdmission() {
        @Override
        public boolean admits(long screeningId, long buyerId) {
            return true;
        }

        @Override
        public Set<Long> closed(Collection<Long> screeningIds, Long viewerId) {
            return Set.of();
        }

        @Override
        public List<Long> invitations(long accountId) {
            return List.of();
        }
    };

    /** Whether the buyer may hold seats at the screening: a public one, or one they are invited to. */
    boolean admits(long screeningId, long buyerId);

    /** The screenings among these that are closed to the viewer (signed out: null), to leave out of listings. */
    Set<Long> closed(Collection<Long> screeningIds, Long viewerId);

    /** The screenings the moviegoer is invited to (held out: not), soonest first is not promised. */
    List<Long> invitations(long accountId);
}
