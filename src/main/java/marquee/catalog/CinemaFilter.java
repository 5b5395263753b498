package marquee.catalog;

/** Which cinemas to list; null fields mean "any". */
public record CinemaFilter(String city, String province, Integer cityTier, String chain) {}
