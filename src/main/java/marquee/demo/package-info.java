/**
 * The demo market: a deterministic, realistic market (cinemas in real Chinese cities, the films of
 * the press release that inspired Marquee, two weeks of screenings) seeded through the catalog's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo market")
package marquee.demo;
