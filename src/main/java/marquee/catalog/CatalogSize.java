package marquee.catalog;

/** How much the catalog holds. */
public record CatalogSize(long films, long cinemas, long halls, long seats, long screenings) {}
