package marquee.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** An amount of money in integer minor units (fen, cents) with its ISO 4217 currency. Never a float. */
public record Money(long minor, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code: " + currency);
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    /** Major units with two decimals, for display: 4550 CNY is "45.50". */
    public String toMajorString() {
        long abs = Math.abs(minor);
        return (minor < 0 ? "-" : "") + abs / 100 + "." + String.format("%02d", abs % 100);
    }
}
