package marquee.catalog.internal;

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
        return tenantId == null ? List.of() : List.of(tenantId);
    }
}
