package marquee.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs a test class only when the PostgreSQL suite is asked for ({@code -Dmarquee.test.databases=h2,postgres},
 * which scripts/test sets after starting a server); otherwise it is reported as skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "marquee.test.databases", matches = ".*postgres.*",
        disabledReason = "PostgreSQL suite not requested (scripts/test runs it)")
public @interface OnPostgres {
}
