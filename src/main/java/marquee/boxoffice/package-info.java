/**
 * Box office: live rollups of the platform's sales (from booking's sale events, and other sellers'
 * feeds turned into the same events), market-wide history imported from daily feeds, rankings,
 * film curves, market share by distributor, country and genre, records, and a live board pushed
 * over server-sent events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Box office")
package marquee.boxoffice;
