package marquee.boxoffice;

import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"marquee.events.redeliver-after=0s", "marquee.events.redeliver-every=1s"})
class SalesRecoveryOnH2Test extends SalesRecoverySpec {
}
