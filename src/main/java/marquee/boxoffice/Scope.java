package marquee.boxoffice;

import marquee.shared.InvalidInput;

/** Where figures are summed: the whole market, or one province, city, city tier, chain or cinema. */
public record Scope(Level level, String value) {

    public enum Level { MARKET, PROVINCE, CITY, TIER, CHAIN, CINEMA }

    public static final Scope MARKET = new Scope(Level.MARKET, null);

    public Scope {
        if (level != Level.MARKET && (value == null || value.isBlank())) {
            throw new InvalidInput("value", "is needed for the scope " + level.name().toLowerCase());
        }
        if ((level == Level.TIER || level == Level.CINEMA) && value != null && !value.matches("\\d{1,12}")) {
            throw new InvalidInput("value", "must be a number for the scope " + level.name().toLowerCase());
        }
    }

    public static Scope parse(String level, String value) {
        try {
            Level parsed = level == null || level.isBlank() ? Level.MARKET : Level.valueOf(level.trim().toUpperCase());
            return parsed == Level.MARKET ? MARKET : new Scope(parsed, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("scope", "must be one of market, province, city, tier, chain, cinema");
        }
    }
}
