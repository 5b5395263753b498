package marquee.previews;

import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Two acceptances of one request at once, on H2: one screening. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScreeningRequestRaceOnH2Test extends ScreeningRequestRaceSpec {
}
