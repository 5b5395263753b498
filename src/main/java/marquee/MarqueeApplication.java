package marquee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import marquee.demo.DemoMarket;
import marquee.shared.AppCommand;
import marquee.shared.Command;
import marquee.shared.ServingCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one deployable application: every top-level package below this one is a module.
 * {@code main} is also the launcher's command line: {@code serve}, {@code seed}, and the file-based
 * commands that modules contribute as {@link Command} services (forecast, audience, ...).
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class MarqueeApplication {

    /** Commands other than serve end before a background import could finish. */
    private static final String NO_HISTORY_IMPORT = "--marquee.boxoffice.import-history-on-start=false";
    /** Subcommands of a file command that work on the application's store: {@link AppCommand}s, not file commands. */
    private static final Set<String> STORE_SUBCOMMANDS = Set.of("audience rebuild");

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.err.print(usage());
            System.exit(args.length == 0 ? 2 : 0);
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> serve(rest);
            case "seed" -> System.exit(seed(rest));
            case "import", "bench" -> System.exit(runAppCommand(command, rest));
            default -> System.exit(rest.length > 0 && STORE_SUBCOMMANDS.contains(command + " " + rest[0])
                    ? runAppCommand(command, rest) : runFileCommand(command, rest));
        }
    }

    static void serve(String[] args) {
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            springArgs.add(arg.equals("--no-seed") ? "--marquee.demo.seed-on-start=false" : arg);
        }
        SpringApplication.run(MarqueeApplication.class, springArgs.toArray(String[]::new));
    }

    static int seed(String[] args) {
        String[] springArgs = append(append(args, "--marquee.demo.seed-on-start=false"), NO_HISTORY_IMPORT);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MarqueeApplication.class)
                .web(WebApplicationType.NONE).run(springArgs)) {
            var report = context.getBean(DemoMarket.class).seedIfEmpty();
            System.out.println(report.map(Object::toString).orElse("the store already has films: nothing seeded"));
            return 0;
        }
    }

    /**
     * {@code import KIND ...} and {@code bench KIND ...}: a {@link ServingCommand} of that two-word name,
     * which starts a Marquee of its own ({@code bench booking} loads one over HTTP), a file command's own
     * bench subcommand ({@code bench audience} is {@code audience bench}), or an {@link AppCommand} of a
     * module, run in the application without its web server.
     */
    static int runAppCommand(String verb, String[] args) {
        if (args.length == 0) {
            System.err.println("marquee: " + verb + " what? (see ./marquee help)");
            return 2;
        }
        String name = verb + " " + args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        for (Command command : commands()) {
            if (command.name().equals(name) && command instanceof ServingCommand serving) {
                return serving.run(List.of(rest), MarqueeApplication::start, System.out, System.err);
            }
            if (verb.equals("bench") && command.name().equals(args[0])) {
                String[] withVerb = new String[rest.length + 1];
                withVerb[0] = "bench";
                System.arraycopy(rest, 0, withVerb, 1, rest.length);
                return command.run(List.of(withVerb), System.out, System.err);
            }
        }
        // The command's own arguments, and settings (--name=value) for its application, which replace the defaults.
        List<String> own = Arrays.stream(rest).filter(a -> !isSetting(a)).toList();
        List<String> given = Arrays.stream(rest).filter(MarqueeApplication::isSetting).toList();
        List<String> springArgs = new ArrayList<>(List.of("--marquee.demo.seed-on-start=false", "--logging.level.root=WARN",
                NO_HISTORY_IMPORT, "--marquee.demo.sales.simulate=false"));
        if (verb.equals("bench")) {
            springArgs.add("--marquee.data-dir=" + benchDataDir());
        }
        springArgs.removeIf(d -> given.stream().anyMatch(g -> settingName(g).equals(settingName(d))));
        springArgs.addAll(given);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MarqueeApplication.class)
                .web(WebApplicationType.NONE).run(springArgs.toArray(String[]::new))) {
            for (AppCommand command : context.getBeansOfType(AppCommand.class).values()) {
                if (command.name().equals(name)) {
                    return command.run(own, System.out, System.err);
                }
            }
        }
        System.err.println("marquee: unknown command '" + name + "'");
        System.err.print(usage());
        return 2;
    }

    private static boolean isSetting(String arg) {
        return arg.startsWith("--") && arg.contains("=");
    }

    private static String settingName(String setting) {
        return setting.substring(0, setting.indexOf('='));
    }

    /** A whole Marquee with these settings (--name=value), for a command that works on one of its own. */
    static ConfigurableApplicationContext start(List<String> settings) {
        return new SpringApplicationBuilder(MarqueeApplication.class).run(settings.toArray(String[]::new));
    }

    /** Benchmarks write to a store of their own, never the user's. */
    private static String benchDataDir() {
        try {
            return java.nio.file.Files.createTempDirectory("marquee-bench").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int runFileCommand(String name, String[] args) {
        for (Command command : commands()) {
            if (command.name().equals(name)) {
                return command.run(List.of(args), System.out, System.err);
            }
        }
        System.err.println("marquee: unknown command '" + name + "'");
        System.err.print(usage());
        return 2;
    }

    static List<Command> commands() {
        return ServiceLoader.load(Command.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    static String usage() {
        StringBuilder text = new StringBuilder("""
                usage: ./marquee COMMAND [ARGS]
                  serve [--no-seed] [--name=value ...]   run Marquee (console at http://localhost:8080)
                  seed [--name=value ...]                seed the demo market into an empty store
                  import boxoffice FILE.csv [--source S] [--currency C]  import a daily box office feed
                  import sales FILE [--source S]         import another seller's sales (CSV or JSON lines)
                  bench boxoffice [--events N]           box office ingest benchmark (own temporary store)
                  bench audience [--moviegoers N] [--tickets N]  audience ranking and portrait benchmark
                  audience rebuild [--name=value ...]    rebuild the audience's purchases from booking's sales history
                """);
        for (Command command : commands()) {
            text.append("  %-38s %s%n".formatted(command.name() + " ...", command.summary()));
        }
        return text.toString();
    }

    private static String[] append(String[] args, String extra) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
