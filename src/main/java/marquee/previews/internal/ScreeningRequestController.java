package marquee.previews.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import marquee.previews.Invitations;
import marquee.previews.NewInvitations;
import marquee.previews.NewScreeningRequest;
import marquee.previews.ScreeningInvitations;
import marquee.previews.ScreeningRequest;
import marquee.previews.ScreeningRequests;
import marquee.shared.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening requests as JSON: a distributor sends, agrees or withdraws; the chain that runs the cinema accepts,
 * declines or proposes another window. Another tenant's request answers 404; a request already answered 409.
 * State-changing calls are audited by the staff audit like every other.
 */
@RestController
@Tag(name = "Previews", description = "Where to show a film first: preview and targeted screenings where its audience lives")
class ScreeningRequestController {

    /** The chain's reason for declining. */
    record Decline(String reason) {}

    private final ScreeningRequests requests;
    private final ScreeningInvitations invitations;

    ScreeningRequestController(ScreeningRequests requests, ScreeningInvitations invitations) {
        this.requests = requests;
        this.invitations = invitations;
    }

    /** Invites a segment to the screening of an accepted invitation-only request, with a random holdout. */
    @PostMapping("/api/screening-requests/{id}/invitations")
    ResponseEntity<Invitations> invite(@PathVariable long id, @RequestBody NewInvitations asked) {
        return ResponseEntity.created(URI.create("/api/screening-requests/" + id + "/invitations"))
                .body(invitations.invite(caller(), id, asked));
    }

    @GetMapping("/api/screening-requests/{id}/invitations")
    Invitations invitations(@PathVariable long id) {
        return invitations.of(caller(), id);
    }

    @PostMapping("/api/screening-requests")
    ResponseEntity<ScreeningRequest> send(@RequestBody NewScreeningRequest request) {
        ScreeningRequest sent = requests.send(caller(), request);
        return ResponseEntity.created(URI.create("/api/screening-requests/" + sent.id())).body(sent);
    }

    /** The caller's requests, newest first: sent by its distributor, or to its chain's cinemas (the operator: all). */
    @GetMapping("/api/screening-requests")
    List<ScreeningRequest> list() {
        return requests.list(caller());
    }

    @GetMapping("/api/screening-requests/{id}")
    ScreeningRequest get(@PathVariable long id) {
        return requests.get(caller(), id);
    }

    /** Schedules the screening in a hall of the cinema big enough, starting inside the window; 409 if the hall is taken then. */
    @PostMapping("/api/screening-requests/{id}/accept")
    ScreeningRequest accept(@PathVariable long id, @RequestBody ScreeningRequests.Acceptance acceptance) {
        return requests.accept(caller(), id, acceptance);
    }

    @PostMapping("/api/screening-requests/{id}/decline")
    ScreeningRequest decline(@PathVariable long id, @RequestBody Decline decline) {
        return requests.decline(caller(), id, decline == null ? null : decline.reason());
    }

    @PostMapping("/api/screening-requests/{id}/propose")
    ScreeningRequest propose(@PathVariable long id, @RequestBody ScreeningRequests.Proposal proposal) {
        return requests.propose(caller(), id, proposal);
    }

    @PostMapping("/api/screening-requests/{id}/agree")
    ScreeningRequest agree(@PathVariable long id) {
        return requests.agree(caller(), id);
    }

    @PostMapping("/api/screening-requests/{id}/withdraw")
    ScreeningRequest withdraw(@PathVariable long id) {
        return requests.withdraw(caller(), id);
    }

    private static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
