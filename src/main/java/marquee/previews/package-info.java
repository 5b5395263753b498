/**
 * Previews: preview and targeted screenings of a film, placed where its likely audience lives.
 *
 * <p>{@link marquee.previews.ScreeningPlanner} ranks cities and cinemas by the expected attendance of a screening of
 * a film (announced or not) and proposes a plan of N screenings in a date window, beside the naive plan of the
 * biggest cities. It reads the audience's discovery scores by city and the catalog's cinemas, halls and the time
 * their screenings already take; it stores nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Previews")
package marquee.previews;
