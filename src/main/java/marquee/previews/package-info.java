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
 */
@org.springframework.modulith.ApplicationModule(displayName = "Previews")
package marquee.previews;
