package marquee.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A launcher command that needs the application (its store and modules) but not the web server,
 * such as {@code ./marquee import boxoffice FILE} or {@code ./marquee bench boxoffice}. Modules
 * contribute them as Spring beans; {@link #name()} is the command's words, e.g. "import boxoffice".
 */
public interface AppCommand {

    String name();

    String summary();

    /** Runs with the arguments after the command's words; 0 for success, 1 for bad data, 2 for bad arguments. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
