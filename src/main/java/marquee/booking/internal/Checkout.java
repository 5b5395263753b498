package marquee.booking.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import marquee.booking.Attribution;
import marquee.booking.CheckoutRequest;
import marquee.booking.Order;
import marquee.booking.OrderStatus;
import marquee.booking.PaymentFailed;
import marquee.booking.PaymentProvider;
import marquee.booking.PricedSeat;
import marquee.booking.Quote;
import marquee.booking.SaleAttribution;
import marquee.booking.TicketsSold;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a hold into a paid order. Three short transactions around the payment, never one held open
 * while the provider is called: (1) the hold is taken for payment, the coupon use counted and the
 * order written as pending; (2) after the charge, the held seats are sold under a guarded update,
 * the tickets written and {@link TicketsSold} published in the same transaction; (3) on a decline,
 * or when the seats were lost meanwhile (a hold that expired during a slow payment), a taken payment
 * is refunded (outside any transaction) and then everything given back.
 */
@Service
class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);
    private static final SecureRandom CODES = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SeatHolds seatHolds;
    private final ScreeningFacts facts;
    private final SeatRows seats;
    private final HoldRows holds;
    private final OrderRows orders;
    private final Coupons coupons;
    private final PaymentProvider payments;
    private final ApplicationEventPublisher events;
    private final OrderViews views;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SaleAttribution attribution;

    Checkout(SeatHolds seatHolds, ScreeningFacts facts, SeatRows seats, HoldRows holds, OrderRows orders, Coupons coupons,
             PaymentProvider payments, ApplicationEventPublisher events, OrderViews views, Clock clock,
             PlatformTransactionManager transactions, ObjectProvider<SaleAttribution> attribution) {
        this.seatHolds = seatHolds;
        this.facts = facts;
        this.seats = seats;
        this.holds = holds;
        this.orders = orders;
        this.coupons = coupons;
        this.payments = payments;
        this.events = events;
        this.views = views;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // Without the campaigns module (a slice of the application), no sale is attributed.
        this.attribution = attribution.getIfAvailable(() -> (buyer, visitor, holdId, code, at) -> Attribution.NONE);
    }

    /** What the hold would cost with this coupon (none: null), without using the coupon. */
    Quote quote(long buyerId, String holdId, String couponCode) {
        HoldRows.Row hold = seatHolds.own(buyerId, holdId);
        ScreeningFacts.Facts screening = facts.of(hold.screeningId());
        List<PricedSeat> priced = seatHolds.priced(screening, hold.seatIds());
        Coupons.Discount discount = coupons.preview(couponCode, buyerId, screening, priced, clock.instant());
        return quote(holdId, screening, priced, discount);
    }

    Order checkout(long buyerId, CheckoutRequest request) {
        return checkout(buyerId, request, null);
    }

    /**
     * What the caller writes in the checkout's own transactions, committed with them: the request's Idempotency-Key,
     * claimed first in the transaction that starts the checkout, and the paid order as the key's answer, in the
     * transaction that sells.
     */
    interface Keeping {
        Keeping NOTHING = new Keeping() {
            @Override
            public void claim() {
            }

            @Override
            public void sold(Order order) {
            }
        };

        void claim();

        void sold(Order order);
    }

    /** Pays for the hold; {@code visitor} is the buyer's browser as campaigns' tracking links know it (null: none). */
    Order checkout(long buyerId, CheckoutRequest request, String visitor) {
        return checkout(buyerId, request, visitor, Keeping.NOTHING);
    }

    /** Pays for the hold, writing what {@code keeping} keeps in the checkout's first and selling transactions. */
    Order checkout(long buyerId, CheckoutRequest request, String visitor, Keeping keeping) {
        HoldRows.Row hold = seatHolds.own(buyerId, request.holdId());
        ScreeningFacts.Facts screening = facts.of(hold.screeningId());
        String currency = screening.screening().basePrice().currency();
        if (request.currency() != null && !request.currency().equals(currency)) {
            throw new InvalidInput("currency", "this screening is sold in " + currency);
        }
        Pending pending = transaction.execute(status -> {
            keeping.claim();
            return begin(buyerId, hold, screening, request, visitor);
        });
        PaymentProvider.Outcome outcome = pending.total() == 0 ? PaymentProvider.Outcome.APPROVED
                : payments.charge(pending.chargeReference(), request.paymentMethod(), new Money(pending.total(), currency));
        if (outcome != PaymentProvider.Outcome.APPROVED) {
            transaction.executeWithoutResult(status -> giveBack(pending, hold, "ACTIVE", OrderStatus.DECLINED));
            throw new PaymentFailed(outcome == PaymentProvider.Outcome.DECLINED
                    ? "the payment was declined; your seats are still held, try another payment method"
                    : "the payment provider did not answer in time; nothing was charged and your seats are still held",
                    outcome == PaymentProvider.Outcome.TIMED_OUT);
        }
        Order paid = sellOrRollBack(pending, hold, screening, keeping);
        if (paid == null) {
            // The money goes back first, outside any transaction: no connection is held while the provider answers (a
            // sandbox refund takes one of its own, and many failed sales at once would starve the pool). Should the
            // process stop before the order is failed below, the order stays pending and InterruptedCheckouts refunds
            // it again under the same reference, which moves no money twice.
            refund(pending, currency);
            transaction.executeWithoutResult(status -> {
                if (giveBack(pending, hold, "RELEASED", OrderStatus.FAILED)) {
                    seats.release(hold.screeningId(), hold.id());
                    recordRefund(pending.orderId(), pending.saleId(), pending.total(), currency);
                }
            });
            throw new Conflict(facts.cancelled(hold.screeningId())
                    ? "the cinema cancelled this screening while you paid; the payment was refunded"
                    : "your hold expired during the payment and some seats were taken; the payment was refunded");
        }
        return paid;
    }

    /**
     * Sells the held seats in one transaction, or rolls it all back: when the seats are no longer the
     * hold's, when the database's backstop refuses a second valid ticket for a seat (which would mean a
     * bug above it), or when the seats stay locked by other buyers too long. Returns the paid order as that
     * transaction wrote it (read back inside it: no transaction of its own after the sale), or null when rolled back.
     */
    private Order sellOrRollBack(Pending pending, HoldRows.Row hold, ScreeningFacts.Facts screening, Keeping keeping) {
        try {
            return transaction.execute(status -> {
                if (sell(pending, hold, screening)) {
                    Order order = views.order(pending.orderId());
                    keeping.sold(order);
                    return order;
                }
                status.setRollbackOnly();
                return null;
            });
        } catch (DuplicateKeyException backstop) {
            log.error("the unique seat claim of table ticket refused a second valid ticket for a seat of screening {} (order {});"
                    + " the seat guard above it let two holds through", hold.screeningId(), pending.orderId());
            return null;
        } catch (PessimisticLockingFailureException busy) {
            return null;
        }
    }

    /** An order written as pending, with what each seat is paid. */
    private record Pending(long orderId, String saleId, long total, List<Long> paidPerSeat, Coupons.Discount discount,
                           Attribution attribution) {
        String chargeReference() {
            return "charge-" + saleId;
        }
    }

    private Pending begin(long buyerId, HoldRows.Row hold, ScreeningFacts.Facts screening, CheckoutRequest request,
                          String visitor) {
        Instant now = clock.instant();
        if (facts.cancelled(hold.screeningId())) {
            throw new Conflict("screening " + hold.screeningId() + " was cancelled by the cinema; nothing was charged");
        }
        if (!holds.move(hold.id(), "ACTIVE", "PAYING", now)) {
            throw new Conflict("hold " + hold.id() + " has expired, was released or is already being paid for");
        }
        List<PricedSeat> priced = seatHolds.priced(screening, hold.seatIds());
        Coupons.Discount discount = coupons.use(request.couponCode(), buyerId, screening, priced, now);
        Quote quote = quote(hold.id(), screening, priced, discount);
        long total = quote.total().minor();
        if (request.expectedTotalMinor() != null && request.expectedTotalMinor() != total) {
            throw new Conflict("the price is " + quote.total().toMajorString() + " " + quote.total().currency()
                    + ", not the amount sent; nothing was charged");
        }
        Attribution attributed = attributed(buyerId, visitor, hold.id(), discount, now);
        String saleId = UUID.randomUUID().toString();
        long orderId = orders.insert(new OrderRows.Row(0, buyerId, hold.screeningId(), hold.id(), saleId, OrderStatus.PENDING,
                total, quote.total().currency(), discount.code(), attributed, now, null));
        coupons.recordUse(discount, orderId, buyerId);
        return new Pending(orderId, saleId, total, Pricing.paidPerSeat(priced, discount.amountMinor()), discount, attributed);
    }

    /** The campaigns module's attribution; a coupon naming a campaign the module does not know still counts for it. */
    private Attribution attributed(long buyerId, String visitor, String holdId, Coupons.Discount discount, Instant now) {
        Attribution attributed = attribution.checkout(buyerId, visitor, holdId, discount.code(), now);
        if (!attributed.attributed() && discount.campaignId() != null) {
            return new Attribution(discount.campaignId(), null, null);
        }
        return attributed;
    }

    private boolean sell(Pending pending, HoldRows.Row hold, ScreeningFacts.Facts screening) {
        if (seats.sell(hold.screeningId(), hold.seatIds(), hold.id(), pending.orderId()) != hold.seatIds().size()) {
            return false;
        }
        List<OrderRows.TicketRow> tickets = new ArrayList<>();
        for (int i = 0; i < hold.seatIds().size(); i++) {
            tickets.add(new OrderRows.TicketRow(0, pending.orderId(), hold.screeningId(), hold.seatIds().get(i), ticketCode(),
                    pending.paidPerSeat().get(i), null, null));
        }
        orders.insertTickets(tickets);
        Instant now = clock.instant();
        orders.move(pending.orderId(), OrderStatus.PENDING, OrderStatus.PAID, now);
        holds.move(hold.id(), "PAYING", "ORDERED", null);
        String currency = screening.screening().basePrice().currency();
        if (pending.total() > 0) {
            orders.insertPayment(pending.orderId(), "CAPTURE", pending.total(), currency, pending.chargeReference(), now);
        }
        events.publishEvent(new TicketsSold(pending.saleId(), screening.sale(), now, tickets.size(), pending.total(), currency,
                "marquee", hold.buyerId(), pending.discount().code(), pending.attribution().campaignId(),
                pending.attribution().channelId(), pending.attribution().partnerId()));
        return true;
    }

    /** Fails the pending order and gives its coupon use and hold back; false when it was settled meanwhile (nothing changed). */
    private boolean giveBack(Pending pending, HoldRows.Row hold, String holdStatus, OrderStatus orderStatus) {
        if (!orders.move(pending.orderId(), OrderStatus.PENDING, orderStatus, null)) {
            return false; // InterruptedCheckouts settled it (a provider slower than interrupted-checkout-after)
        }
        coupons.giveBack(pending.discount().code(), pending.orderId());
        holds.move(hold.id(), "PAYING", holdStatus, null);
        return true;
    }

    /** Gives the whole charge back at the provider; the reference is the sale's, so asking twice refunds once. */
    private void refund(Pending pending, String currency) {
        if (pending.total() > 0) {
            payments.refund("refund-" + pending.saleId(), pending.chargeReference(), new Money(pending.total(), currency));
        }
    }

    /** The order's record of a charge taken and given back in full. */
    private void recordRefund(long orderId, String saleId, long total, String currency) {
        if (total == 0) {
            return;
        }
        Instant now = clock.instant();
        orders.insertPayment(orderId, "CAPTURE", total, currency, "charge-" + saleId, now);
        orders.insertPayment(orderId, "REFUND", total, currency, "refund-" + saleId, now);
    }

    private void refundAll(long orderId, String saleId, long total, String currency) {
        if (total == 0) {
            return;
        }
        payments.refund("refund-" + saleId, "charge-" + saleId, new Money(total, currency));
        recordRefund(orderId, saleId, total, currency);
    }

    /**
     * Settles a checkout that never finished (the process stopped between its transactions): the order fails,
     * its coupon use and its seats are given back, and a payment the provider approved is refunded. The buyer was
     * never told it was paid: a paid order is never pending. Returns whether this call settled it.
     */
    boolean settleInterrupted(OrderRows.Row order) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!orders.move(order.id(), OrderStatus.PENDING, OrderStatus.FAILED, null)) {
                return false; // finished or settled meanwhile
            }
            coupons.giveBack(order.couponCode(), order.id());
            holds.move(order.holdId(), "PAYING", "RELEASED", null);
            seats.release(order.screeningId(), order.holdId());
            if (payments.approved("charge-" + order.saleId())) {
                refundAll(order.id(), order.saleId(), order.totalMinor(), order.currency());
            }
            return true;
        }));
    }

    private static Quote quote(String holdId, ScreeningFacts.Facts screening, List<PricedSeat> priced, Coupons.Discount discount) {
        String currency = screening.screening().basePrice().currency();
        long subtotal = priced.stream().mapToLong(s -> s.price().minor()).sum();
        return new Quote(holdId, priced, new Money(subtotal, currency), new Money(discount.amountMinor(), currency),
                new Money(subtotal - discount.amountMinor(), currency), discount.code());
    }

    /** 20 characters of a 32-letter alphabet: 100 bits, unguessable, and easy to read out at a door. */
    static String ticketCode() {
        // One draw of 104 bits per code, 5 bits a letter: the shared generator is locked once, not twenty times.
        byte[] bits = new byte[13];
        CODES.nextBytes(bits);
        char[] code = new char[20];
        for (int i = 0; i < code.length; i++) {
            int at = i * 5;
            int window = (bits[at / 8] & 0xff) << 8 | (bits[at / 8 + 1] & 0xff);
            code[i] = ALPHABET[window >>> (11 - at % 8) & 31];
        }
        return new String(code);
    }
}
