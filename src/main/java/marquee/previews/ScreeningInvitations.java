package marquee.previews;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import marquee.campaigns.HoldoutSplit;
import marquee.campaigns.Segments;
import marquee.previews.internal.InvitationStore;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to the screening of an accepted invitation-only request: the film's distributor invites a segment, as
 * campaigns' targeted offers choose one (consenting members only), with campaigns' random holdout. The invited see
 * the screening in the storefront and book it with the normal checkout; booking refuses everyone else through its
 * {@link marquee.booking.ScreeningAdmission}, which this module implements. One invitation per request.
 */
@Service
@Transactional
public class ScreeningInvitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScreeningRequests requests;
    private final InvitationStore store;
    private final Segments segments;
    private final Clock clock;

    ScreeningInvitations(ScreeningRequests requests, InvitationStore store, Segments segments, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.segments = segments;
        this.clock = clock;
    }

    /** Invites the segment; 404 for a request not the caller's distributor's, 409 unless accepted and invitation-only. */
    public Invitations invite(Caller caller, long requestId, NewInvitations asked) {
        return invite(caller, requestId, asked, RANDOM.nextLong());
    }

    /**
     * Invites the segment with the given seed of the random holdout split: the demo market's invitations (and so who
     * is held out) are the same on every run. Otherwise as {@link #invite(Caller, long, NewInvitations)}.
     */
    public Invitations invite(Caller caller, long requestId, NewInvitations asked, long seed) {
        ScreeningRequest request = ownRequest(caller, requestId);
        if (!request.invitationOnly()) {
            throw new Conflict("screening request " + requestId + " is for a public screening; only an invitation-only one has invitations");
        }
        if (request.status() != ScreeningRequest.Status.ACCEPTED || request.screeningId() == null) {
            throw new Conflict("screening request " + requestId + " is " + request.status() + "; invitations need it ACCEPTED");
        }
        if (store.find(requestId).isPresent()) {
            throw new Conflict("screening request " + requestId + " has its invitations already");
        }
        if (asked == null || asked.segment() == null) {
            throw new InvalidInput("segment", "is required");
        }
        double share = segments.holdoutShare(asked.holdoutShare());
        String segment = segments.describe(asked.segment());
        List<Long> eligible = segments.consentingMembers(caller, asked.segment());
        if (eligible.isEmpty()) {
            throw new InvalidInput("segment", "no moviegoer of this segment consents to marketing");
        }
        Map<Long, Boolean> heldOut = new LinkedHashMap<>();
        eligible.forEach(id -> heldOut.put(id, HoldoutSplit.heldOut(seed, id, share)));
        int invited = (int) heldOut.values().stream().filter(out -> !out).count();
        if (invited == 0) {
            throw new InvalidInput("holdoutShare", "holds out every one of the segment's " + eligible.size() + " moviegoers");
        }
        Invitations made = new Invitations(requestId, request.screeningId(), segment, share, seed, eligible.size(), invited,
                eligible.size() - invited, clock.instant());
        try {
            store.insert(made, request.distributorTenantId(), caller.accountId(), heldOut);
        } catch (DuplicateKeyException raced) {
            throw new Conflict("screening request " + requestId + " has its invitations already");
        }
        return made;
    }

    /** The request's invitations: 404 for a request not the caller's distributor's, or without invitations yet. */
    @Transactional(readOnly = true)
    public Invitations of(Caller caller, long requestId) {
        ownRequest(caller, requestId);
        return store.find(requestId).orElseThrow(() -> new NotFound("invitations of screening request", requestId));
    }

    private ScreeningRequest ownRequest(Caller caller, long requestId) {
        ScreeningRequest request = requests.get(caller, requestId);
        if (!caller.mayManage(request.distributorTenantId())) {
            throw new NotFound("screening request", requestId);
        }
        return request;
    }
}
