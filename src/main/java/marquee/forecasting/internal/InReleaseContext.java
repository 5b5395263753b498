package marquee.forecasting.internal;

/** What the in-release model knows besides the film's own curve: calendar, films, release dates, the market's days. */
public record InReleaseContext(Market market, FilmCatalog catalog, ReleaseSchedule schedule, MarketDays marketDays) {

    public static InReleaseContext of(Market market, FilmCatalog catalog, MarketDays marketDays) {
        return new InReleaseContext(market, catalog, new ReleaseSchedule(catalog.all()), marketDays);
    }
}
