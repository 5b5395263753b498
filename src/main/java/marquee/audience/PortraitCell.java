package marquee.audience;

/**
 * One category of a portrait dimension (an age band, a province, an interest): how many of the film's
 * audience fall in it and their share, the whole market's share, and the TGI (100 × film share /
 * market share). A cell with fewer people than the minimum is suppressed: its count, share and TGI are
 * null, so no one can be singled out.
 */
public record PortraitCell(String label, Long people, Double share, Double marketShare, Integer tgi, boolean suppressed) {}
