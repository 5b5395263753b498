package marquee.forecasting;


/** Runs the forecast command by hand before the launcher exists (test scope only). */
public final class ForecastMain {

    public static void main(String[] args) {
        String[] line = new String[args.length + 1];
        line[0] = "forecast";
        System.arraycopy(args, 0, line, 1, args.length);
        System.exit(new marquee.Launcher(System.out, System.err).run(line));
    }
}
