package marquee.accounts;

/** Optional in a profile; OTHER for people who prefer another answer. */
public enum Gender {
    FEMALE, MALE, OTHER
}
