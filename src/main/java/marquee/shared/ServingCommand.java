package marquee.shared;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A launcher command that starts a whole Marquee of its own in this JVM to work on, such as
 * {@code ./marquee bench booking}, which loads one over HTTP. The launcher hands it the way to start
 * one (the web application, with extra {@code --name=value} settings), so that no module depends on
 * the launcher's main class.
 */
public interface ServingCommand extends Command {

    int run(List<String> args, Function<List<String>, ConfigurableApplicationContext> marquee, PrintStream out, PrintStream err);

    /** Without the launcher there is no way to start a Marquee: only the launcher runs these commands. */
    @Override
    default int run(List<String> args, PrintStream out, PrintStream err) {
        err.println(name() + ": run it as ./marquee " + name());
        return 2;
    }
}
