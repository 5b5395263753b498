package marquee.campaigns;

/**
 * How a channel reaches people: a short-video post, a creator (KOL) partnership, a partner community (many
 * partners, each with its link and codes), a tie-in (a virtual idol, a brand), or a targeted offer to a segment.
 */
public enum ChannelKind { SHORT_VIDEO, CREATOR, PARTNERS, TIE_IN, OFFER }
