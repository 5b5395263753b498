package marquee.audience;

import java.util.List;

/**
 * A film's audience next to the whole market's, dimension by dimension. {@code audience} counts the
 * people (viewers in their histories and buyers of tickets); {@code tickets} the tickets bought on the
 * platform, which alone carry weekday, hour and price. {@code minimumCell} is the suppression threshold.
 */
public record Portrait(List<Long> filmIds, String title, long audience, long tickets, long marketPeople, int minimumCell,
                       List<PortraitDimension> dimensions) {}
