package marquee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The one deployable application: every top-level package below this one is a module. */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class MarqueeApplication {

    public static void main(String[] args) {
        SpringApplication.run(MarqueeApplication.class, args);
    }
}
