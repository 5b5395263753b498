package marquee.catalog;

import java.time.ZoneId;

/**
 * A cinema, in a city of tier 1 (largest) to 5, with the time zone that defines its box office day and
 * the cinema chain tenant that runs it (null: not yet assigned).
 */
public record Cinema(long id, String name, String chain, String city, String province, int cityTier, ZoneId timeZone, String address,
                     Long chainTenantId) {}
