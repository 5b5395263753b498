package marquee.accounts;

/** One entry of the managed list of interests (code such as {@code rock-climbing}, and its label). */
public record InterestTag(String code, String label) {}
