package marquee.booking.internal;

import java.util.List;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Screening;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Which cinemas and screenings a cinema manager works on: their own chain's (the operator: any). Another chain's
 * answer 404, exactly like missing ones, so ids cannot be probed.
 */
@Component
class ManagerAccess {

    private final Catalog catalog;

    ManagerAccess(Catalog catalog) {
        this.catalog = catalog;
    }

    Cinema ownCinema(long cinemaId) {
        Cinema cinema = catalog.findCinema(cinemaId).orElseThrow(() -> new NotFound("cinema", cinemaId));
        if (!caller().mayManage(cinema.chainTenantId())) {
            throw new NotFound("cinema", cinemaId);
        }
        return cinema;
    }

    Screening ownScreening(long screeningId) {
        Screening screening = catalog.screening(screeningId);
        if (!caller().mayManage(catalog.cinema(screening.cinemaId()).chainTenantId())) {
            throw new NotFound("screening", screeningId);
        }
        return screening;
    }

    /** The caller's chain's cinemas; the operator names a chain tenant (none named: none). */
    List<Cinema> ownCinemas(Long chainTenantForOperator) {
        Caller caller = caller();
        Long chain = caller.isOperator() ? chainTenantForOperator : caller.tenantId();
        return chain == null ? List.of() : catalog.cinemasOfChain(chain);
    }

    static Caller caller() {
        // The rule table lets only signed-in staff reach these; reaching here anonymous is a bug.
        return Caller.current().orElseThrow(() -> new IllegalStateException("no caller"));
    }
}
