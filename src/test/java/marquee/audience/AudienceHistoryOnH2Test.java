package marquee.audience;

import marquee.testing.MarqueeTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * A context apart from the other tests' (the property makes it one), shared with {@link CouponPortraitTest} only:
 * the copy compared is all of the audience's, so no other test's deliveries may still be arriving.
 */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "marquee.audience.minimum-cell=3")
class AudienceHistoryOnH2Test extends AudienceHistorySpec {
}
