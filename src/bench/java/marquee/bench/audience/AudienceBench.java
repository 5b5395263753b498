package marquee.bench.audience;

import marquee.shared.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code ./marquee bench audience}: the top-K scorer and the portrait, each next to a plain baseline. */
@CommandLine.Command(name = "audience",
        description = "ranks a million synthetic moviegoers for one film and draws the portrait of a film with a million"
                + " tickets; median ms of each next to a plain baseline")
public final class AudienceBench implements Command {

    @Option(names = "--moviegoers", paramLabel = "N", defaultValue = "1000000", description = "moviegoers ranked (default: ${DEFAULT-VALUE})")
    int moviegoers;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "11", description = "timed runs after 3 warm-up runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--top", paramLabel = "K", defaultValue = "1000", description = "moviegoers kept (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--tickets", paramLabel = "N", defaultValue = "1000000", description = "tickets of the portrait's film (default: ${DEFAULT-VALUE})")
    int tickets;

    @Override
    public String group() {
        return "bench";
    }

    @Override
    public Needs needs() {
        return Needs.FILES;
    }

    @Override
    public int run(Run run) {
        if (moviegoers < 1 || runs < 1 || top < 1 || tickets < 1) {
            throw new UsageError("--moviegoers, --runs, --top and --tickets must be positive");
        }
        new ScorerBenchmark(moviegoers, runs, top).run(run.out());
        new PortraitBenchmark(tickets, runs).run(run.out());
        return 0;
    }
}
