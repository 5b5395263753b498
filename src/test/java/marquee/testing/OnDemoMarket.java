package marquee.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Tests that read the demo market run in an application context of their own that seeds it at start-up,
 * before any test adds films of its own: otherwise whether the market is there would depend on which test
 * class happened to run first in a shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = "marquee.demo.seed-on-start=true")
public @interface OnDemoMarket {
}
