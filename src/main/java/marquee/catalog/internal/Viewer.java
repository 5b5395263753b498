package marquee.catalog.internal;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import marquee.shared.security.Caller;

/**
 * Who looks at a listing of films or screenings: everyone sees announced films, a distributor's staff
 * also their own unannounced ones. The operator sees everything and needs no viewer (null).
 */
public record Viewer(Long tenantId) {

    /** The viewer for a caller, or null for the operator. */
    public static Viewer of(Optional<Caller> caller) {
        if (caller.map(Caller::isOperator).orElse(false)) {
            return null;
        }
        return new Viewer(caller.map(Caller::tenantId).orElse(null));
    }

    /** The condition on the film table's alias {@code film} that keeps what this viewer may see. */
    String visible(String film) {
        return tenantId == null ? film + ".announced" : "(" + film + ".announced or " + film + ".distributor_tenant_id = ?)";
    }

    List<Object> params() {
        return params(1);
    }

    /** The viewer's tenant as often as a condition names it. */
    List<Object> params(int times) {
        return tenantId == null ? List.of() : Collections.nCopies(times, tenantId);
    }

    /**
     * The condition on a screening (alias {@code screening}) and its cinema (alias {@code cinema}) that keeps those
     * listed to this viewer: every listed screening, and an unlisted one (an invitation-only preview) only to the chain
     * that runs it and the distributor of its film. Its invited moviegoers find it through their invitations.
     */
    String listed(String screening, String cinema) {
        return tenantId == null ? "not " + screening + ".unlisted"
                : "(not " + screening + ".unlisted or " + cinema + ".chain_tenant_id = ? or exists (select 1 from film uf where uf.id = "
                        + screening + ".film_id and uf.distributor_tenant_id = ?))";
    }
}
