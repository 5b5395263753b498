package marquee.previews.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import marquee.booking.ScreeningAdmission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking's admission to a screening, for previews' invitation-only screenings: the screening of an accepted
 * invitation-only request is open to its invited moviegoers only (never the held out); every other screening to all.
 */
@Component
@Transactional(readOnly = true)
class InvitationAdmission implements ScreeningAdmission {

    private static final int LISTED = 50;

    private final InvitationStore store;

    InvitationAdmission(InvitationStore store) {
        this.store = store;
    }

    @Override
    public boolean admits(long screeningId, long buyerId) {
        return !store.invitationOnly(screeningId) || store.invited(screeningId, buyerId);
    }

    @Override
    public Set<Long> closed(Collection<Long> screeningIds, Long viewerId) {
        return screeningIds.isEmpty() ? Set.of() : store.closed(screeningIds, viewerId);
    }

    @Override
    public List<Long> invitations(long accountId) {
        return store.invitedTo(accountId, LISTED);
    }
}
