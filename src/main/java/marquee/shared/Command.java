package marquee.shared;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command of the {@code ./marquee} launcher. The class declares its name, one-line summary and options with
 * picocli's annotations ({@code @CommandLine.Command}, {@code @Option}, {@code @Parameters}); the launcher parses
 * the command line into it, generates the usage from those declarations and runs it with what {@link #needs()}
 * asks for. Modules list their commands in {@code META-INF/services/marquee.shared.Command} (the benchmarks in
 * marquee-bench.jar's).
 *
 * <p>Exit codes: 0 for success, 1 for unusable input data (with a clear message on {@code err}), 2 for a wrong
 * command line (the launcher prints the command's usage: throw {@link UsageError} for a check picocli cannot make);
 * commands document any other (3: an import rejected some rows).
 */
public interface Command {

    /** What a command needs to run. */
    enum Needs {
        /** Files only: runs without starting the application; settings (--name=value) are refused. */
        FILES,
        /** The user's store: runs inside the application without its web server; --name=value settings go to it. */
        STORE,
        /** The web application itself, left running when the command returns ({@code serve}). */
        SERVER,
        /** A Marquee of its own, which the command starts with {@link Run#marquee()} or reaches over HTTP. */
        OWN_SERVER
    }

    /** The word before the command's own name ({@code forecast}, {@code import}, {@code bench}), or "" for none. */
    default String group() {
        return "";
    }

    Needs needs();

    /** Settings (--name=value) the command's application runs with unless the user gives them. */
    default List<String> settings() {
        return List.of();
    }

    /** Runs the command with its options already set; returns the exit code. */
    int run(Run run);

    /**
     * What the launcher hands a command.
     *
     * @param application the application with the user's store ({@link Needs#STORE}, {@link Needs#SERVER}), else null
     * @param marquee     starts a whole Marquee with these settings (--name=value) added to the user's ({@link Needs#OWN_SERVER})
     */
    record Run(PrintStream out, PrintStream err, ApplicationContext application,
               Function<List<String>, ConfigurableApplicationContext> marquee) {

        public <T> T bean(Class<T> type) {
            if (application == null) {
                throw new IllegalStateException("a command that works from files has no application");
            }
            return application.getBean(type);
        }
    }

    /** A wrong command line that only the command can tell: the launcher prints the message and the usage, exit 2. */
    final class UsageError extends RuntimeException {
        public UsageError(String message) {
            super(message);
        }
    }
}
