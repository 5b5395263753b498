package marquee.forecasting;

import java.io.PrintStream;
import marquee.forecasting.internal.UnusableInputException;
import marquee.shared.Command;

/**
 * What every {@code ./marquee forecast ...} command shares: it works from files alone, and input it cannot use ends
 * it with exit 1 and the reason on stderr.
 */
abstract class ForecastFromFiles implements Command {

    @Override
    public String group() {
        return "forecast";
    }

    @Override
    public Needs needs() {
        return Needs.FILES;
    }

    @Override
    public int run(Run run) {
        try {
            return forecast(run.out(), run.err());
        } catch (UnusableInputException e) {
            run.err().println("forecast: " + e.getMessage());
            return 1;
        }
    }

    abstract int forecast(PrintStream out, PrintStream err);
}
