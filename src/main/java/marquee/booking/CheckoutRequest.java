package marquee.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Pay for a hold. {@code paymentMethod} is the provider's token for the buyer's card (the sandbox
 * knows "approve", "decline" and "timeout"). {@code expectedTotalMinor}, when given, must equal the
 * server's price: a client that shows one price cannot be charged another, and a forged one is refused; so is a {@code currency} other than the screening's.
 */
public record CheckoutRequest(
        @NotBlank @Size(max = 36) String holdId,
        @Size(max = 40) String couponCode,
        @Size(max = 80) String paymentMethod,
        @PositiveOrZero Long expectedTotalMinor,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {}
