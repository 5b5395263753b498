package marquee.forecasting;

import java.util.List;

/** Runs the forecast command by hand before the launcher exists (test scope only). */
public final class ForecastMain {

    public static void main(String[] args) {
        System.exit(new ForecastCommand().run(List.of(args), System.out, System.err));
    }
}
