package marquee;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one deployable application: every top-level package below this one is a module.
 * {@code main} is also the launcher's command line: {@link Launcher} runs the {@code ./marquee} commands.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class MarqueeApplication {

    public static void main(String[] args) {
        Integer exit = new Launcher(System.out, System.err).run(args);
        if (exit != null) {
            System.exit(exit);
        }
    }
}
