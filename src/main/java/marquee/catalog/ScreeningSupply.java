package marquee.catalog;

/** How many screenings and seats a cinema offers a film on one day: the supply side of box office figures. */
public record ScreeningSupply(long filmId, long cinemaId, String chain, String city, String province, int cityTier,
                              long screenings, long seats) {}
