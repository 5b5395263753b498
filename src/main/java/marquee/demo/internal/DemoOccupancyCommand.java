package marquee.demo.internal;

import java.time.LocalDate;
import marquee.shared.Command;
import picocli.CommandLine;

/**
 * {@code ./marquee demo occupancy}: the demo market's day worked out from its plan (no store): the occupancy of the
 * shows by start hour, what the box office board reads through the day, and the tickets bought each hour.
 */
@CommandLine.Command(name = "occupancy",
        description = "the demo market's simulated day: occupancy of the shows by start hour, the board's occupancy at the"
                + " end of each hour, tickets bought each hour (the model of marquee.demo.day, without a store)")
public final class DemoOccupancyCommand implements Command {

    @CommandLine.Option(names = "--cinemas", description = "cinemas of the demo market (default: ${DEFAULT-VALUE})", defaultValue = "320")
    int cinemas;

    @CommandLine.Option(names = "--date", description = "the day (yyyy-mm-dd; default: today in China)")
    LocalDate date;

    @CommandLine.Option(names = "--seed", description = "the market's random seed (default: ${DEFAULT-VALUE})", defaultValue = "20261125")
    long seed;

    @CommandLine.Option(names = "--occupancy", description = "a weekday's share of seats sold (default: ${DEFAULT-VALUE})", defaultValue = "0.12")
    double occupancy;

    @CommandLine.Option(names = "--weekend-uplift", description = "Saturday's and Sunday's occupancy over a weekday's (default: ${DEFAULT-VALUE})",
            defaultValue = "1.4")
    double weekendUplift;

    @Override
    public String group() {
        return "demo";
    }

    @Override
    public Needs needs() {
        return Needs.FILES;
    }

    @Override
    public int run(Run run) {
        if (cinemas < 1 || occupancy <= 0 || occupancy > 0.9 || weekendUplift <= 0) {
            throw new UsageError("--cinemas must be at least 1, --occupancy above 0 and at most 0.9, --weekend-uplift above 0");
        }
        DemoDaySettings d = DemoDaySettings.defaults();
        DemoDay model = new DemoDay(new DemoDaySettings(true, occupancy, d.fridayUplift(), weekendUplift, d.lastHoursShare(),
                d.lastHoursMean(), d.presaleMean(), d.seedToday(), d.liveOrdersPerMinute()));
        LocalDate day = date != null ? date : LocalDate.now(CinemaPlan.ZONE);
        DemoDayReport.simulate(cinemas, seed, day, model).lines().forEach(run.out()::println);
        return 0;
    }
}
