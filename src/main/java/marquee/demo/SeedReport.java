package marquee.demo;

import marquee.catalog.CatalogSize;

/** What seeding the demo market stored, and how long it took. */
public record SeedReport(CatalogSize size, long millis) {

    @Override
    public String toString() {
        return "demo market seeded in %.1f s: %d films, %d cinemas, %d halls, %d seats, %d screenings"
                .formatted(millis / 1000.0, size.films(), size.cinemas(), size.halls(), size.seats(), size.screenings());
    }
}
