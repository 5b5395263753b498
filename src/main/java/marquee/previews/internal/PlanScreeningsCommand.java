package marquee.previews.internal;

import java.time.LocalDate;
import java.util.Locale;
import marquee.previews.ScreeningPlan;
import marquee.previews.ScreeningPlan.Plan;
import marquee.previews.ScreeningPlan.PlannedScreening;
import marquee.previews.ScreeningPlanner;
import marquee.shared.Command;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code ./marquee plan screenings --film ID --from DATE --to DATE --count N}: the preview screening plan of a film
 * from the application's store, as the console shows it, beside the naive plan. The last line is
 * {@code plan_expected_attendance=<n> naive_expected_attendance=<n>}. Run by whoever holds the store, so as the
 * operator: any film, announced or not.
 */
@CommandLine.Command(name = "screenings",
        description = "plan N preview or targeted screenings of a film where its likely audience lives, beside the naive"
                + " plan of the biggest cities, with both plans' expected attendance",
        footer = {"The window is at most 60 days, from today on; N is 1 to 50. Exit 0; 1 for an unknown film; 2 for a bad",
                "command line. The last line: plan_expected_attendance=<n> naive_expected_attendance=<n>.",
                "On a running application: GET /api/films/{id}/screening-plan?from=&to=&count=."})
public class PlanScreeningsCommand implements Command {

    /** Who runs a command on the store: whoever holds the store, with the operator's view of it. */
    private static final Caller STORE_HOLDER = new Caller(0, "command line", Role.OPERATOR, null);

    @Option(names = "--film", required = true, paramLabel = "ID", description = "the film's id")
    long film;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day of the window, e.g. 2026-12-10")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last day of the window (inclusive)")
    LocalDate to;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many screenings to plan (1-50)")
    int count;

    @Override
    public String group() {
        return "plan";
    }

    @Override
    public Needs needs() {
        return Needs.STORE;
    }

    @Override
    public int run(Run run) {
        ScreeningPlan plan;
        long started = System.nanoTime();
        try {
            plan = run.bean(ScreeningPlanner.class).plan(STORE_HOLDER, film, from, to, count);
        } catch (InvalidInput bad) {
            throw new UsageError("--" + bad.field() + ": " + bad.getMessage());
        } catch (NotFound unknown) {
            run.err().println("plan screenings: no film " + film + " in the store");
            return 1;
        }
        run.out().printf(Locale.ROOT, "%s (film %d), %s to %s, %d screenings%n", plan.title(), plan.filmId(), plan.from(),
                plan.to(), plan.count());
        run.out().println("model: " + plan.model());
        run.out().printf(Locale.ROOT, "planned in %,d ms%n", (System.nanoTime() - started) / 1_000_000);
        table(run, "plan" + (plan.naiveKept() ? " (the naive plan: the planner found nothing better)" : ""), plan.plan());
        table(run, "naive plan (the biggest cities' biggest halls)", plan.naive());
        run.out().printf(Locale.ROOT, "plan_expected_attendance=%d naive_expected_attendance=%d%n",
                plan.plan().expectedAttendance(), plan.naive().expectedAttendance());
        return 0;
    }

    private static void table(Run run, String title, Plan plan) {
        run.out().println();
        run.out().printf(Locale.ROOT, "%s: %d screenings, %d expected%n", title, plan.screenings().size(), plan.expectedAttendance());
        run.out().printf(Locale.ROOT, "%-10s %-5s %-14s %-12s %-34s %-12s %8s %8s%n", "date", "time", "city", "province", "cinema",
                "hall", "seats", "expected");
        for (PlannedScreening s : plan.screenings()) {
            run.out().printf(Locale.ROOT, "%-10s %-5s %-14s %-12s %-34s %-12s %8d %8.1f%n", s.date(), s.start(), cut(s.city(), 14),
                    cut(s.province(), 12), cut(s.cinema(), 34), cut(s.hall(), 12), s.capacity(), s.expectedAttendance());
        }
        if (plan.screenings().isEmpty()) {
            run.out().println("(no free hall in the window)");
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
