package marquee.demo;

import java.util.Optional;

/** Seeds the deterministic demo market. */
public interface DemoMarket {

    /** Seeds the market into the store (which should be empty: seeding twice adds a second copy). */
    SeedReport seed();

    /** Seeds only when the catalog has no films; empty when it already had some. */
    Optional<SeedReport> seedIfEmpty();
}
