package marquee.catalog;

public enum ReleaseKind { FIRST_RELEASE, RE_RELEASE, RESTORED }
