package marquee.booking;

import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SalesHistoryOnH2Test extends SalesHistorySpec {
}
