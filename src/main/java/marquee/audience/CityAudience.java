package marquee.audience;

/**
 * A film's likely audience in one city: the moviegoers who live there and the sum of their chances of coming to
 * a screening of the film in the city ({@link Discovery#byCity}).
 *
 * @param moviegoers the city's moviegoers on the platform
 * @param expected   how many of them are expected to come: the sum of each one's chance of coming
 */
public record CityAudience(String city, String province, int tier, long moviegoers, double expected) {}
