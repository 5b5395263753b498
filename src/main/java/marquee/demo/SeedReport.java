package marquee.demo;

import marquee.catalog.CatalogSize;

/** What seeding the demo market stored, and how long it took (the moviegoer population on its own too). */
public record SeedReport(CatalogSize size, long millis, long moviegoers, long populationMillis) {

    @Override
    public String toString() {
        return ("demo market seeded in %.1f s: %d films, %d cinemas, %d halls, %d seats, %d screenings;"
                + " %d moviegoers generated in %.1f s")
                .formatted(millis / 1000.0, size.films(), size.cinemas(), size.halls(), size.seats(), size.screenings(),
                        moviegoers, populationMillis / 1000.0);
    }
}
