package marquee.bench.booking;

import java.util.List;

/**
 * What a booking bench run buys from: a running Marquee (one the bench started itself, or one at a
 * URL), its buyers' API tokens and the screenings on sale; after the run it says whether any seat
 * was sold twice.
 */
abstract class BenchMarket implements AutoCloseable {

    /** The double-sale check after a run: how many seats were sold twice, and how that was found out. */
    record DoubleSales(long seats, String how) {}

    private final List<String> buyerTokens;
    private final List<Long> screeningIds;

    BenchMarket(List<String> buyerTokens, List<Long> screeningIds) {
        this.buyerTokens = List.copyOf(buyerTokens);
        this.screeningIds = List.copyOf(screeningIds);
    }

    abstract String baseUrl();

    /** One line on the store and the market, printed with the figures. */
    abstract String description();

    abstract DoubleSales check(BenchFigures figures);

    @Override
    public abstract void close();

    final List<String> buyerTokens() {
        return buyerTokens;
    }

    final List<Long> screeningIds() {
        return screeningIds;
    }
}
