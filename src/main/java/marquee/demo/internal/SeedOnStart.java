package marquee.demo.internal;

import marquee.demo.DemoMarket;
import marquee.demo.DemoSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Seeds the demo market into an empty store when the application starts, unless turned off. */
@Component
class SeedOnStart implements ApplicationRunner {

    private final DemoMarket market;
    private final DemoSettings settings;

    SeedOnStart(DemoMarket market, DemoSettings settings) {
        this.market = market;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.seedOnStart()) {
            market.seedIfEmpty();
        }
    }
}
