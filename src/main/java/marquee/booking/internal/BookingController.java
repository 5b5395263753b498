package marquee.booking.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import marquee.booking.CheckoutRequest;
import marquee.booking.SaleAttribution;
import marquee.booking.Coupon;
import marquee.booking.CouponTakings;
import marquee.booking.HoldRequest;
import marquee.booking.NewCoupon;
import marquee.booking.Order;
import marquee.booking.PaymentFailed;
import marquee.booking.Quote;
import marquee.booking.SeatHold;
import marquee.booking.SeatPlan;
import marquee.catalog.Catalog;
import marquee.shared.NotFound;
import marquee.shared.TokenBuckets;
import marquee.shared.TooManyRequests;
import marquee.shared.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The booking JSON API: seat maps, holds, checkout, orders, refunds, e-tickets, check-in and coupons. */
@RestController
@RequestMapping("/api")
@Tag(name = "Booking", description = "Seat maps, holds, checkout with idempotency keys, refunds, e-tickets, check-in, coupons")
class BookingController {

    record RefundRequest(@Size(max = 10) List<@NotNull Long> ticketIds) {}

    record CheckInRequest(@NotBlank @Size(max = 32) String code, @NotNull @Positive Long cinemaId) {}

    record RefundPolicy(@NotNull Integer refundUntilMinutes) {}

    private final SeatHolds holds;
    private final SeatBlocks blocks;
    private final Checkout checkout;
    private final OrderViews orders;
    private final Refunds refunds;
    private final CheckIns checkIns;
    private final Coupons coupons;
    private final IdempotentRequests idempotent;
    private final Catalog catalog;
    private final TokenBuckets checkoutsByAccount;

    BookingController(SeatHolds holds, SeatBlocks blocks, Checkout checkout, OrderViews orders, Refunds refunds, CheckIns checkIns,
                      Coupons coupons, IdempotentRequests idempotent, Catalog catalog, BookingSettings settings, Clock clock) {
        this.holds = holds;
        this.blocks = blocks;
        this.checkout = checkout;
        this.orders = orders;
        this.refunds = refunds;
        this.checkIns = checkIns;
        this.coupons = coupons;
        this.idempotent = idempotent;
        this.catalog = catalog;
        this.checkoutsByAccount = new TokenBuckets(settings.checkoutsPerAccountPerMinute(), Duration.ofMinutes(1), clock);
    }

    @GetMapping("/screenings/{id}/seats")
    SeatPlan seats(@PathVariable long id) {
        visible(id);
        return holds.plan(id);
    }

    /** Takes a seat of one of the caller's chain's screenings out of sale. */
    @PutMapping("/screenings/{id}/seats/{seatId}/block")
    ResponseEntity<Void> block(@PathVariable long id, @PathVariable long seatId) {
        ownCinema(blocks.cinemaOf(id));
        blocks.block(id, seatId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/screenings/{id}/seats/{seatId}/block")
    ResponseEntity<Void> unblock(@PathVariable long id, @PathVariable long seatId) {
        ownCinema(blocks.cinemaOf(id));
        blocks.unblock(id, seatId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/holds")
    @ResponseStatus(HttpStatus.CREATED)
    SeatHold hold(@Valid @RequestBody HoldRequest request) {
        Caller buyer = buyer();
        visible(request.screeningId());
        return holds.hold(buyer.accountId(), request);
    }

    @GetMapping("/holds/{id}")
    SeatHold hold(@PathVariable String id) {
        return holds.find(buyer().accountId(), id);
    }

    @PostMapping("/holds/{id}/extension")
    SeatHold extend(@PathVariable String id) {
        return holds.extend(buyer().accountId(), id);
    }

    @DeleteMapping("/holds/{id}")
    ResponseEntity<Void> release(@PathVariable String id) {
        holds.release(buyer().accountId(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/holds/{id}/quote")
    Quote quote(@PathVariable String id, @RequestParam(required = false) String coupon) {
        return checkout.quote(buyer().accountId(), id, coupon);
    }

    /** Pays for a hold. The Idempotency-Key header is required: a retry with it never charges or sells twice. */
    @PostMapping("/orders")
    ResponseEntity<String> checkout(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @CookieValue(name = SaleAttribution.VISITOR_COOKIE, required = false) String visitor,
                                    @Valid @RequestBody CheckoutRequest request) {
        Caller buyer = buyer();
        long wait = checkoutsByAccount.take(Long.toString(buyer.accountId()));
        if (wait > 0) {
            throw new TooManyRequests(wait);
        }
        // The key is claimed in the checkout's first transaction and the paid order's answer kept in its selling one:
        // two commits fewer per purchase than a key and an answer committed on their own.
        return idempotent.runClaimingInWork(buyer.accountId(), key, "checkout", request, running -> ResponseEntity
                .status(HttpStatus.CREATED).body(checkout.checkout(buyer.accountId(), request, visitor, new Checkout.Keeping() {
                    @Override
                    public void claim() {
                        running.claim();
                    }

                    @Override
                    public void sold(Order order) {
                        running.keep(ResponseEntity.status(HttpStatus.CREATED).body(order));
                    }
                })));
    }

    @GetMapping("/orders/{id}")
    Order order(@PathVariable long id) {
        return orders.own(buyer().accountId(), id);
    }

    @GetMapping("/me/orders")
    List<Order> myOrders() {
        return orders.ofBuyer(buyer().accountId(), 100);
    }

    /** Refunds some tickets of an order (none named: all). An Idempotency-Key, if sent, makes retries safe. */
    @PostMapping("/orders/{id}/refunds")
    ResponseEntity<?> refund(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             @Valid @RequestBody RefundRequest request) {
        Caller buyer = buyer();
        if (key == null) {
            return ResponseEntity.ok(refunds.refund(buyer.accountId(), id, request.ticketIds()));
        }
        return idempotent.run(buyer.accountId(), key, "refund " + id, request,
                () -> ResponseEntity.ok(refunds.refund(buyer.accountId(), id, request.ticketIds())));
    }

    @GetMapping(value = "/tickets/{code}/qr", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String code, @RequestParam(defaultValue = "240") int size) {
        orders.ownTicket(buyer().accountId(), code);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrImage.png(code, Math.clamp(size, 120, 600)));
    }

    @PostMapping("/check-ins")
    CheckIns.Admitted checkIn(@Valid @RequestBody CheckInRequest request) {
        ownCinema(request.cinemaId());
        return checkIns.checkIn(request.code(), request.cinemaId());
    }

    @PostMapping("/coupons")
    @ResponseStatus(HttpStatus.CREATED)
    Coupon createCoupon(@Valid @RequestBody NewCoupon coupon) {
        return coupons.create(Caller.current().orElseThrow(), coupon);
    }

    @GetMapping("/coupons")
    List<Coupon> coupons() {
        return coupons.issuedTo(Caller.current().orElseThrow());
    }

    /** The caller's tenant's coupons with what each brought in: uses, admissions, gross. */
    @GetMapping("/coupons/takings")
    List<CouponTakings> couponTakings() {
        return coupons.takings(Caller.current().orElseThrow());
    }

    @GetMapping("/cinemas/{id}/refund-policy")
    Map<String, Long> refundPolicy(@PathVariable long id) {
        catalog.cinema(id);
        return Map.of("refundUntilMinutes", refunds.window(id).toMinutes());
    }

    @PutMapping("/cinemas/{id}/refund-policy")
    Map<String, Long> setRefundPolicy(@PathVariable long id, @Valid @RequestBody RefundPolicy policy) {
        ownCinema(id);
        refunds.setWindow(id, policy.refundUntilMinutes());
        return refundPolicy(id);
    }

    @ExceptionHandler(PaymentFailed.class)
    ResponseEntity<ProblemDetail> paymentFailed(PaymentFailed e) {
        HttpStatus status = e.timedOut() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.PAYMENT_REQUIRED;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).body(problem);
    }

    /** A cinema the caller runs (its chain's) or, for the operator, any; 404 for another chain's. */
    /** A screening of an unannounced film is as private as the film: its seats are neither shown nor sold. */
    private void visible(long screeningId) {
        if (!catalog.film(holds.filmOf(screeningId)).visibleTo(Caller.current())) {
            throw new NotFound("screening", screeningId);
        }
    }

    private void ownCinema(long cinemaId) {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.mayManage(catalog.cinema(cinemaId).chainTenantId())) {
            throw new NotFound("cinema", cinemaId);
        }
    }

    private static Caller buyer() {
        return Caller.current().orElseThrow();
    }
}
