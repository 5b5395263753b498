package marquee.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code ./marquee} launcher that works from files alone, without starting
 * the web application (forecast, audience, ...). Exit code 0 for success; bad arguments print
 * usage to {@code err} and return 2; bad input data returns 1 with a clear message.
 */
public interface Command {

    /** The first word after {@code ./marquee}, e.g. {@code forecast}. */
    String name();

    /** One line for the launcher's usage text. */
    String summary();

    int run(List<String> args, PrintStream out, PrintStream err);
}
