/**
 * Previews: preview and targeted screenings of a film, placed where its likely audience lives.
 *
 * <p>{@link marquee.previews.ScreeningPlanner} ranks cities and cinemas by the expected attendance of a screening of
 * a film (announced or not) and proposes a plan of N screenings in a date window, beside the naive plan of the
 * biggest cities. It reads the audience's discovery scores by city and the catalog's cinemas, halls and the time
 * their screenings already take; it stores nothing.
 *
 * <p>{@link marquee.previews.ScreeningRequests} carries a distributor's request for such a screening to the chain that
 * runs the cinema, and the chain's answer: accepted (the screening is scheduled through the catalog, whose overlap rule
 * refuses a booked hall), declined, or another window proposed. Requests are stored here (table screening_request).
 *
 * <p>{@link marquee.previews.PreviewOutcomes} tells what came of a preview ({@link marquee.previews.PreviewResults}):
 * attendance against the invitations and the hall (booking's {@link marquee.booking.ScreeningAttendance}), the preview
 * audience's verified ratings against later viewers', and want-to-see and later sales per 1,000 moviegoers in the
 * preview city against the cities most like it without a preview (audience's {@link marquee.audience.CityOpinions},
 * the box office's {@link marquee.boxoffice.CitySales}; the matching rule in
 * {@link marquee.previews.internal.CityMatching}). It stores nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Previews")
package marquee.previews;
