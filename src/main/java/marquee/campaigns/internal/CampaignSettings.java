package marquee.campaigns.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Campaign rules (application.properties, prefix {@code marquee.campaigns}).
 *
 * @param attributionWindow how long after a tracked visit an order still counts for its channel (last touch)
 * @param visitorCookieFor  how long the browser keeps the tracking links' visitor cookie
 * @param holdoutShare      the share of a targeted offer's eligible moviegoers held out at random
 * @param minCell           report cells with fewer buyers are suppressed
 */
@ConfigurationProperties("marquee.campaigns")
public record CampaignSettings(@DefaultValue("7d") Duration attributionWindow, @DefaultValue("30d") Duration visitorCookieFor,
                               @DefaultValue("0.10") double holdoutShare, @DefaultValue("5") int minCell) {}
