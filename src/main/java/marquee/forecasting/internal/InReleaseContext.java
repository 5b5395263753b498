package marquee.forecasting.internal;

/**
 * What the in-release model knows besides the film's own curve: calendar, films, release dates. Deliberately not
 * the other films of the day's published list (rank, list length, market total): those depend on how many films a
 * data source lists and on which films a caller happens to pass, and a live catalog film has a list of its own
 * market; at equal accuracy on complete lists they made forecasts worse on partial ones.
 */
public record InReleaseContext(Market market, FilmCatalog catalog, ReleaseSchedule schedule) {

    public static InReleaseContext of(Market market, FilmCatalog catalog) {
        return new InReleaseContext(market, catalog, new ReleaseSchedule(catalog.all()));
    }
}
