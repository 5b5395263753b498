package marquee.audience;

import java.io.PrintStream;

/** Placeholder until the scorer lands. */
final class ScorerBenchmark {
    ScorerBenchmark(int moviegoers, int runs, int k) {
    }

    void run(PrintStream out) {
        out.println("bench: not yet implemented");
    }
}
