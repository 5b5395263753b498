package marquee.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import marquee.accounts.Account;
import marquee.accounts.Accounts;
import marquee.audience.WordOfMouth;
import marquee.booking.BulkSales;
import marquee.booking.CheckoutRequest;
import marquee.booking.HoldRequest;
import marquee.booking.Order;
import marquee.booking.PaymentFailed;
import marquee.booking.Purchases;
import marquee.booking.SeatHold;
import marquee.campaigns.Campaigns;
import marquee.campaigns.Offers;
import marquee.catalog.Catalog;
import marquee.demo.DemoSettings;
import marquee.shared.Conflict;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Live sales on the demo market (marquee.demo.sales.simulate): once a second, a Poisson-distributed
 * number of demo moviegoers (the generated population, who have no password) each pick a screening
 * by {@link DemoDemand}, look at its seat map, hold seats for a group of one to four and pay, through
 * the same booking services as the API; so every sale is a real order whose TicketsSold event moves the
 * box office board. Some payments are declined, and some orders are refunded a few minutes later. A few
 * moviegoers a minute mark films they want to see, and some buyers go to the show, are scanned at the door and
 * rate and review the film afterwards ({@link WordOfMouthSimulator}).
 * One thread; it waits until the demo market has been seeded.
 *
 * <p>On the day's curve ({@code marquee.demo.day.curve}, the default) the market sells what {@link DemoDay} says:
 * at start the part of today (and the presales of the next days) sold before the application started is sold
 * through {@link BulkSales} (real orders, tickets and seats, without the wait for a payment), then each minute the
 * tickets the curve sells in it: up to {@code marquee.demo.day.live-orders-per-minute} orders through the real-time
 * checkout above (spread over the next minute), the rest of a busy minute through {@link BulkSales} too. Off the
 * curve, a flat {@code marquee.demo.sales.orders-per-minute} goes through the real-time checkout all day.
 */
@Component
class SalesSimulator implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SalesSimulator.class);
    private static final long TICK_NANOS = 1_000_000_000L;
    /** How often the screenings on sale are read again: demand moves as shows come nearer. */
    private static final Duration REREAD_SHOWS = Duration.ofMinutes(10);
    /** Share of orders by group size 1, 2, 3, 4: couples and friends more than people alone. */
    private static final int[] GROUP_PERCENT = {30, 45, 15, 10};
    private static final int MAX_REFUND_DELAY_MINUTES = 15;

    private record DueRefund(Instant at, long buyerId, long orderId) {}

    /** An order the real-time checkout places at {@code at}. */
    private record LiveOrder(Instant at, DemoDemand.Show show) {}

    private final Catalog catalog;
    private final Accounts accounts;
    private final Purchases purchases;
    private final DemoSettings demo;
    private final SalesSimulation settings;
    private final Clock clock;
    private final SplittableRandom random;
    private final Map<Integer, Optional<Long>> buyers = new HashMap<>();
    private final PriorityQueue<DueRefund> refunds = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
    private volatile boolean running;
    private Thread thread;
    private DemoDemand demand;
    private Instant demandReadAt;
    private Instant reportedAt;
    private Tally tally = new Tally();
    private final CampaignResponse campaignResponse;
    private final WordOfMouthSimulator wordOfMouth;
    private final DemoDay day;
    private final BulkSales bulk;
    private final Map<Long, Integer> seatsByHall = new HashMap<>();
    private final Deque<LiveOrder> live = new ArrayDeque<>();
    private DemoDaySales curve;
    private Instant curveReadAt;
    private Instant minuteFrom;

    SalesSimulator(Catalog catalog, Accounts accounts, Purchases purchases, DemoSettings demo, SalesSimulation settings,
                   Clock clock, Campaigns campaigns, Offers offers, WordOfMouth opinions, DemoDaySettings day, BulkSales bulk) {
        this.day = new DemoDay(day);
        this.bulk = bulk;
        this.campaignResponse = new CampaignResponse(campaigns, offers, accounts);
        this.wordOfMouth = new WordOfMouthSimulator(catalog, purchases, opinions, new SplittableRandom(demo.randomSeed() + 3),
                WordOfMouthSimulator.FOLLOWED_PERCENT, WordOfMouthSimulator.RATE_PERCENT);
        this.catalog = catalog;
        this.accounts = accounts;
        this.purchases = purchases;
        this.demo = demo;
        this.settings = settings;
        this.clock = clock;
        this.random = new SplittableRandom(demo.randomSeed() + 2);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.simulate()) {
            return;
        }
        if (day.settings().curve()) {
            log.info("demo sales: selling on the demo day's curve (weekday occupancy {}%, weekend x{}, {}% of tickets in the last"
                            + " hours before a show), up to {} orders a minute through the real-time checkout",
                    Math.round(day.settings().occupancy() * 100), day.settings().weekendUplift(),
                    Math.round(day.settings().lastHoursShare() * 100), day.settings().liveOrdersPerMinute());
        } else {
            log.info("demo sales: simulating about {} orders a minute on the demo market", settings.ordersPerMinute());
        }
        running = true;
        thread = Thread.ofPlatform().name("demo-sales").daemon().start(this::simulate);
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        if (thread != null) {
            // Woken, not interrupted: an interrupt in the middle of a write can close the embedded store's file.
            LockSupport.unpark(thread);
            thread.join(Duration.ofSeconds(10));
        }
    }

    private void simulate() {
        long next = System.nanoTime();
        while (running) {
            try {
                tick(clock.instant());
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("demo sales: a round of sales failed: {}", e.toString());
                }
            }
            next = Math.max(next + TICK_NANOS, System.nanoTime() - TICK_NANOS);
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    /** One second of the market: new orders, refunds that are due, and now and then a report. */
    private void tick(Instant now) {
        if (buyer(0) == null) {
            return; // the demo market is not seeded (yet)
        }
        if (demandReadAt == null || now.isAfter(demandReadAt.plus(REREAD_SHOWS))) {
            demand = day.settings().curve() ? null : DemoDemand.of(catalog, now, settings.horizon());
            demandReadAt = now;
            reportedAt = reportedAt == null ? now : reportedAt;
        }
        if (day.settings().curve()) {
            curve(now);
        } else {
            int orders = poisson(settings.ordersPerMinute() / 60.0);
            for (int i = 0; i < orders && running; i++) {
                sellOne(now, demand.draw(random));
            }
        }
        while (!refunds.isEmpty() && !refunds.peek().at().isAfter(now)) {
            refund(refunds.poll());
        }
        wordOfMouth.tick(now, clock, this::buyer, demo.moviegoers());
        if (!now.isBefore(reportedAt.plus(settings.reportEvery()))) {
            log.info("demo sales in the last {} s: {}; {} screenings on sale; word of mouth since start: {}",
                    Duration.between(reportedAt, now).toSeconds(), tally, demand != null ? demand.size() : curve.size(), wordOfMouth);
            tally = new Tally();
            reportedAt = now;
        }
    }

    /**
     * The day's curve: the shows read again every few minutes (at the first read, today's sales so far sold in bulk),
     * each minute's tickets split between the real-time checkout and the bulk path, and the real-time orders due now.
     */
    private void curve(Instant now) {
        if (curve == null || now.isAfter(curveReadAt.plus(REREAD_SHOWS))) {
            curve = DemoDaySales.read(catalog, day, now, settings.horizon(), seatsByHall);
            curveReadAt = now;
            if (minuteFrom == null) {
                curve.report(LocalDate.ofInstant(now, CinemaPlan.ZONE)).lines().forEach(line -> log.info("demo day: {}", line));
                if (day.settings().seedToday()) {
                    catchUp(now);
                }
                minuteFrom = now; // the next minute also sells what the curve sold while the catch-up ran
                return;
            }
        }
        if (!now.isBefore(minuteFrom.plus(Duration.ofMinutes(1)))) {
            minute(minuteFrom, now);
            minuteFrom = now;
        }
        while (running && !live.isEmpty() && !live.peek().at().isAfter(now)) {
            sellOne(now, live.poll().show());
        }
    }

    /** Sells through the bulk path what the day had sold by {@code now}: the shows so far, the presales of the later ones. */
    private void catchUp(Instant now) {
        long started = System.nanoTime();
        int tickets = 0;
        int shows = 0;
        List<DemoDaySales.Sold> byStart = new ArrayList<>(curve.shows());
        byStart.sort(Comparator.comparing(s -> s.show().startsAt()));
        for (DemoDaySales.Sold sold : byStart) {
            if (!running) {
                return;
            }
            int target = curve.soldBy(sold, now);
            if (target == 0) {
                continue;
            }
            List<BulkSales.BulkOrder> orders = new ArrayList<>();
            for (int seats = 0; seats < target; ) {
                int size = groupSize();
                Long buyer = buyer(random.nextInt(Math.max(1, demo.moviegoers())));
                if (buyer != null) {
                    orders.add(new BulkSales.BulkOrder(buyer, size, boughtAt(sold.show().startsAt(), now)));
                }
                seats += size;
            }
            orders.sort(Comparator.comparing(BulkSales.BulkOrder::soldAt));
            try {
                tickets += bulk.sell(sold.show().screeningId(), orders, target);
                shows++;
            } catch (RuntimeException e) {
                log.debug("demo sales: screening {} not sold in bulk: {}", sold.show().screeningId(), e.toString());
            }
            if (shows % 500 == 0 && shows > 0) {
                log.info("demo sales: today so far, {} shows, {} tickets sold in bulk", shows, tickets);
            }
        }
        log.info("demo sales: the day so far sold in bulk in {} s: {} tickets over {} shows (today and presales of the next days)",
                (System.nanoTime() - started) / 1_000_000_000, tickets, shows);
    }

    /** When a bulk buyer bought a ticket for a show: drawn from the day's lead times, never after {@code now}. */
    private Instant boughtAt(Instant startsAt, Instant now) {
        DemoDaySettings d = day.settings();
        Instant at = startsAt;
        for (int attempt = 0; attempt < 4; attempt++) { // few buy at night: a time of night is drawn again
            Duration mean = random.nextDouble() < d.lastHoursShare() ? d.lastHoursMean() : d.presaleMean();
            long seconds = Math.round(-Math.log(1 - random.nextDouble()) * mean.toSeconds());
            at = startsAt.minusSeconds(Math.max(60, seconds));
            if (DemoDay.AWAKE[at.atZone(CinemaPlan.ZONE).getHour()] >= 0.5) {
                break;
            }
        }
        return at.isAfter(now) ? now.minusSeconds(random.nextInt(1800)) : at;
    }

    /** The orders the curve places from {@code from} to {@code to}: some through the real-time checkout, the rest in bulk. */
    private void minute(Instant from, Instant to) {
        List<DemoDaySales.Sold> orders = new ArrayList<>();
        for (DemoDaySales.Sold sold : curve.shows()) {
            double tickets = curve.sells(sold, from, to);
            if (tickets > 0) {
                for (int n = poisson(tickets / DemoDayReport.SEATS_PER_ORDER); n > 0; n--) {
                    orders.add(sold);
                }
            }
        }
        for (int i = orders.size() - 1; i > 0; i--) {
            java.util.Collections.swap(orders, i, random.nextInt(i + 1));
        }
        int liveOrders = Math.min(orders.size(), day.settings().liveOrdersPerMinute());
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < liveOrders; i++) {
            times.add(to.plusMillis(random.nextInt(60_000)));
        }
        times.sort(Comparator.naturalOrder());
        for (int i = 0; i < liveOrders; i++) {
            DemoDay.Show s = orders.get(i).show();
            live.add(new LiveOrder(times.get(i), new DemoDemand.Show(s.screeningId(), s.filmId(), s.startsAt())));
        }
        Map<Long, List<BulkSales.BulkOrder>> rest = new HashMap<>();
        for (DemoDaySales.Sold sold : orders.subList(liveOrders, orders.size())) {
            Long buyer = buyer(random.nextInt(Math.max(1, demo.moviegoers())));
            if (buyer != null) {
                rest.computeIfAbsent(sold.show().screeningId(), k -> new ArrayList<>())
                        .add(new BulkSales.BulkOrder(buyer, groupSize(), to.minusMillis(random.nextInt(60_000))));
            }
        }
        for (Map.Entry<Long, List<BulkSales.BulkOrder>> e : rest.entrySet()) {
            if (!running) {
                return;
            }
            try {
                List<BulkSales.BulkOrder> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparing(BulkSales.BulkOrder::soldAt));
                tally.bulkTickets += bulk.sell(e.getKey(), list, Integer.MAX_VALUE);
                tally.bulkOrders += list.size();
            } catch (RuntimeException failed) {
                tally.conflicts++;
            }
        }
    }

    private void sellOne(Instant now, DemoDemand.Show show) {
        Long buyer = buyer(random.nextInt(Math.max(1, demo.moviegoers())));
        if (show == null || buyer == null || show.startsAt().isBefore(now.plus(DemoDemand.LAST_CALL))) {
            return;
        }
        try {
            List<Long> seats = SeatChoice.pick(purchases.seatPlan(show.screeningId()), groupSize(), random);
            if (seats.isEmpty()) {
                tally.soldOut++;
                return;
            }
            CampaignResponse.Response response = campaignResponse.respond(show.filmId(), buyer, random, now);
            buyer = response.buyerId();
            SeatHold hold = purchases.hold(buyer, new HoldRequest(show.screeningId(), seats));
            Order order = pay(buyer, hold, response.code());
            if (order != null) {
                tally.sold(order);
                wordOfMouth.sold(order);
                if (random.nextInt(100) < settings.refundPercent()) {
                    Instant at = now.plusSeconds(60 + random.nextInt(60 * (MAX_REFUND_DELAY_MINUTES - 1)));
                    refunds.add(new DueRefund(at, buyer, order.id()));
                }
            }
        } catch (Conflict taken) {
            tally.conflicts++; // another buyer was faster, or the show started meanwhile
        }
    }

    /**
     * Pays, with the campaign's code the buyer has (null: none; a code used up meanwhile is dropped); a declined card
     * is followed by another card half the time, otherwise the seats are given back.
     */
    private Order pay(long buyer, SeatHold hold, String code) {
        boolean declined = random.nextInt(100) < settings.declinePercent();
        try {
            return purchases.checkout(buyer, new CheckoutRequest(hold.id(), code, declined ? "decline" : "approve", null, null));
        } catch (InvalidInput codeRefused) {
            return code == null ? null : pay(buyer, hold, null);
        } catch (PaymentFailed e) {
            tally.declined++;
            if (random.nextBoolean()) {
                return purchases.checkout(buyer, new CheckoutRequest(hold.id(), null, "approve", null, null));
            }
            purchases.release(buyer, hold.id());
            return null;
        }
    }

    private void refund(DueRefund due) {
        try {
            Order refunded = purchases.refund(due.buyerId(), due.orderId(), null);
            tally.refunded += refunded.tickets().size();
        } catch (Conflict | NotFound closed) {
            tally.refundsRefused++; // the cinema's refund window has closed
        }
    }

    /** The account of demo moviegoer {@code n}, looked up once; null when the population is not (yet) there. */
    private Long buyer(int n) {
        Optional<Long> known = buyers.get(n);
        if (known == null || known.isEmpty()) {
            known = accounts.accountByEmail(MoviegoerPopulation.email(n)).map(Account::id);
            buyers.put(n, known);
        }
        return known.orElse(null);
    }

    private int groupSize() {
        int draw = random.nextInt(100);
        for (int size = 1; size <= GROUP_PERCENT.length; size++) {
            draw -= GROUP_PERCENT[size - 1];
            if (draw < 0) {
                return size;
            }
        }
        return 1;
    }

    /** Orders in one second: Poisson, by Knuth's method when few, by its normal approximation when many. */
    private int poisson(double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** What was sold since the last report. */
    private static final class Tally {
        int orders;
        int tickets;
        long grossMinor;
        String currency = "CNY";
        int declined;
        int refunded;
        int refundsRefused;
        int conflicts;
        int soldOut;
        int bulkOrders;
        int bulkTickets;

        void sold(Order order) {
            orders++;
            tickets += order.tickets().size();
            grossMinor += order.total().minor();
            currency = order.total().currency();
        }

        @Override
        public String toString() {
            return ("%d orders, %d tickets, %d.%02d %s through the real-time checkout, %d orders (%d tickets) in bulk; %d payments"
                    + " declined, %d tickets refunded (%d refunds refused), %d seat conflicts, %d sold-out shows met")
                    .formatted(orders, tickets, grossMinor / 100, grossMinor % 100, currency, bulkOrders, bulkTickets, declined,
                            refunded, refundsRefused, conflicts, soldOut);
        }
    }
}
