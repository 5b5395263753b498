package marquee.booking.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import marquee.booking.BuyerNotice;
import marquee.booking.Cancellation;
import marquee.booking.ScreeningChanges;
import marquee.catalog.Screening;
import marquee.shared.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cinema's day in the API: moving and cancelling its screenings, its sales today; and what buyers were told
 * about their orders (a cancelled screening).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Cinema schedule", description = "Move and cancel screenings, a chain's sales today, buyers' notices")
class ScheduleController {

    record MoveRequest(@NotNull Instant startsAt) {}

    record CancelRequest(@Size(max = 200) String reason) {}

    private final ScreeningChanges changes;
    private final ManagerAccess access;
    private final CinemaSales sales;
    private final BuyerNotices notices;

    ScheduleController(ScreeningChanges changes, ManagerAccess access, CinemaSales sales, BuyerNotices notices) {
        this.changes = changes;
        this.access = access;
        this.sales = sales;
        this.notices = notices;
    }

    /** Moves a screening of the caller's chain while none of its seats is sold or held (409 otherwise). */
    @PostMapping("/screenings/{id}/move")
    Screening move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
        access.ownScreening(id);
        return changes.move(id, request.startsAt());
    }

    /** Cancels a screening of the caller's chain: refunds every ticket and tells each buyer. */
    @PostMapping("/screenings/{id}/cancellation")
    Cancellation cancel(@PathVariable long id, @Valid @RequestBody(required = false) CancelRequest request) {
        access.ownScreening(id);
        return changes.cancel(id, request == null ? null : request.reason());
    }

    /**
     * The sales of every cinema of the caller's chain (the operator names the chain tenant) on a day: today on each
     * cinema's clock unless another day is named.
     */
    @GetMapping("/manager/sales")
    List<CinemaSales.CinemaDay> sales(@RequestParam(required = false) Long chainTenant,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return access.ownCinemas(chainTenant).stream().map(c -> day == null ? sales.today(c) : sales.day(c, day)).toList();
    }

    /** What cinemas told the calling moviegoer about their orders, newest first. */
    @GetMapping("/me/notices")
    List<BuyerNotice> myNotices() {
        return notices.ofBuyer(Caller.current().orElseThrow().accountId(), 100);
    }
}
