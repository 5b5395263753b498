package marquee.audience;

import java.util.List;

/** One way of looking at an audience (age band, gender, city tier, ...), with its cells. */
public record PortraitDimension(String name, String basis, List<PortraitCell> cells) {}
