package marquee.audience.coldstart;


/** Runs the command by hand before the launcher exists: java -cp ... marquee.audience.AudienceMain backtest ... */
public final class AudienceMain {
    public static void main(String[] args) {
        String[] line = new String[args.length + 1];
        line[0] = "audience";
        System.arraycopy(args, 0, line, 1, args.length);
        System.exit(new marquee.Launcher(System.out, System.err).run(line));
    }
}
