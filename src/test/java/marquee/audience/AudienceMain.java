package marquee.audience;

import java.util.List;

/** Runs the command by hand before the launcher exists: java -cp ... marquee.audience.AudienceMain backtest ... */
public final class AudienceMain {
    public static void main(String[] args) {
        System.exit(new AudienceCommand().run(List.of(args), System.out, System.err));
    }
}
