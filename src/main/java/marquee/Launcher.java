package marquee;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import marquee.demo.DemoMarket;
import marquee.shared.Command;
import marquee.shared.Command.Needs;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one dispatcher of {@code ./marquee}: every {@link Command} (serve and seed here, the modules' through
 * META-INF/services, the benchmarks' when marquee-bench.jar is on the loader path) parsed by picocli from its
 * declarations, run with what it needs, and the usage generated from the same declarations.
 */
public final class Launcher {

    /** What a command in the user's store runs without, unless the user or the command says otherwise. */
    private static final List<String> STORE_DEFAULTS = List.of("--marquee.demo.seed-on-start=false", "--logging.level.root=WARN",
            "--marquee.boxoffice.import-history-on-start=false", "--marquee.demo.sales.simulate=false");

    private static final int USAGE_WIDTH = 110;

    private final PrintStream out;
    private final PrintStream err;
    private final CommandLine root;
    private final List<Command> commands;

    public Launcher(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commands = Stream.concat(Stream.of(new Serve(), new Seed()),
                ServiceLoader.load(Command.class).stream().map(ServiceLoader.Provider::get)).toList();
        this.root = new CommandLine(CommandSpec.create().name("./marquee"));
        Map<String, CommandLine> groups = new LinkedHashMap<>();
        for (Command command : commands) {
            CommandLine line = new CommandLine(command);
            line.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("show this command's options").build());
            line.setUsageHelpWidth(USAGE_WIDTH);
            line.setUnmatchedArgumentsAllowed(command.needs() != Needs.FILES);
            CommandLine parent = command.group().isEmpty() ? root : groups.computeIfAbsent(command.group(), group -> {
                CommandLine made = new CommandLine(CommandSpec.create().name(group)).setUsageHelpWidth(USAGE_WIDTH);
                root.addSubcommand(group, made);
                return made;
            });
            parent.addSubcommand(line);
        }
        groups.values().forEach(group -> group.getCommandSpec().usageMessage().description("(" + String.join(", ",
                group.getSubcommands().keySet()) + ")"));
    }

    /** Parses and runs one command line; null when the command left the application running (serve). */
    public Integer run(String... args) {
        return run(null, args);
    }

    /** As {@link #run(String...)}, a command that needs the store running in {@code application} (tests). */
    public Integer run(ApplicationContext application, String... args) {
        if (args.length == 0) {
            err.print(usage());
            return 2;
        }
        if (List.of("help", "--help", "-h").contains(args[0])) {
            out.print(usage());
            return 0;
        }
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (CommandLine.UnmatchedArgumentException e) {
            CommandLine where = e.getCommandLine();
            boolean command = where.getCommandSpec().userObject() instanceof Command;
            return wrong(where, command ? e.getMessage() : "unknown command '" + String.join(" ", e.getUnmatched()) + "'");
        } catch (ParameterException e) {
            return wrong(e.getCommandLine(), e.getMessage());
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        CommandLine line = parsed.commandSpec().commandLine();
        if (line.isUsageHelpRequested()) {
            line.usage(out);
            return 0;
        }
        if (!(parsed.commandSpec().userObject() instanceof Command command)) {
            return wrong(line, line.getCommandName() + " what?");
        }
        List<String> settings = line.getUnmatchedArguments();
        for (String setting : settings) {
            if (!setting.matches("--[^=]+=.*")) {
                return wrong(line, "unknown argument " + setting + " (settings are --name=value)");
            }
        }
        try {
            return switch (command.needs()) {
                case FILES -> command.run(new Command.Run(out, err, null, null));
                case STORE -> application != null ? command.run(new Command.Run(out, err, application, null))
                        : inStore(command, settings);
                case SERVER -> {
                    ConfigurableApplicationContext server = SpringApplication.run(MarqueeApplication.class,
                            merge(List.of(), command.settings(), settings));
                    int exit = command.run(new Command.Run(out, err, server, null));
                    yield exit == 0 ? null : exit;
                }
                case OWN_SERVER -> command.run(new Command.Run(out, err, null, own -> new SpringApplicationBuilder(
                        MarqueeApplication.class).run(merge(command.settings(), own, settings))));
            };
        } catch (Command.UsageError e) {
            return wrong(line, e.getMessage());
        }
    }

    private int inStore(Command command, List<String> settings) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MarqueeApplication.class)
                .web(WebApplicationType.NONE).run(merge(STORE_DEFAULTS, command.settings(), settings))) {
            return command.run(new Command.Run(out, err, context, null));
        }
    }

    /** Settings by name: a later list's value replaces an earlier one's. */
    @SafeVarargs
    static String[] merge(List<String>... lists) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (List<String> list : lists) {
            for (String setting : list) {
                int equals = setting.indexOf('=');
                byName.put(equals < 0 ? setting : setting.substring(0, equals), setting);
            }
        }
        return byName.values().toArray(String[]::new);
    }

    private int wrong(CommandLine line, String problem) {
        err.println("marquee: " + problem);
        if (line == null || line == root) {
            err.print(usage());
        } else {
            line.usage(err);
        }
        return 2;
    }

    /** Every command with its summary, from the commands' declarations. */
    public String usage() {
        StringBuilder text = new StringBuilder("usage: ./marquee COMMAND [OPTIONS]   (./marquee COMMAND --help: its options)\n");
        List<String[]> rows = new ArrayList<>();
        for (Command command : commands) {
            CommandSpec spec = CommandSpec.forAnnotatedObject(command);
            String name = (command.group().isEmpty() ? "" : command.group() + " ") + spec.name();
            String[] description = spec.usageMessage().description();
            rows.add(new String[] {name, description.length == 0 ? "" : description[0].replace("%%", "%")});
        }
        // serve and seed first, then the others by name
        rows.sort(Comparator.comparing((String[] r) -> r[0].contains(" ")).thenComparing(r -> r[0]));
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        rows.forEach(r -> text.append(("  %-" + width + "s  %s%n").formatted(r[0], r[1])));
        text.append("Commands that open the store (and serve) take any setting as --name=value.\n");
        return text.toString();
    }

    /** {@code ./marquee serve}: the web application, left running. */
    @CommandLine.Command(name = "serve",
            description = "run Marquee (console at http://localhost:8080); settings as --name=value")
    public static final class Serve implements Command {

        @Option(names = "--no-seed", description = "start without seeding the demo market into an empty store")
        boolean noSeed;

        @Override
        public Needs needs() {
            return Needs.SERVER;
        }

        @Override
        public List<String> settings() {
            return noSeed ? List.of("--marquee.demo.seed-on-start=false") : List.of();
        }

        @Override
        public int run(Run run) {
            return 0;
        }
    }

    /** {@code ./marquee seed}: the demo market into an empty store. */
    @CommandLine.Command(name = "seed",
            description = "seed the demo market into an empty store (the only way to seed PostgreSQL)")
    public static final class Seed implements Command {

        @Override
        public Needs needs() {
            return Needs.STORE;
        }

        @Override
        public List<String> settings() {
            return List.of("--logging.level.root=INFO");
        }

        @Override
        public int run(Run run) {
            var report = run.bean(DemoMarket.class).seedIfEmpty();
            run.out().println(report.map(Object::toString).orElse("the store already has films: nothing seeded"));
            return 0;
        }
    }
}
