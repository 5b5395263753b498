package marquee.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A channel to add: {@code platform}, {@code postUrl} and {@code creator} describe a short-video post or a
 * creator's; {@code code}, when given, is a promo code of the channel (a tie-in's), which takes
 * {@code discountPercent} off and attributes the order paid with it to the channel.
 */
public record NewChannel(
        @NotNull ChannelKind kind,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 60) String platform,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String postUrl,
        @Size(max = 120) String creator,
        @NotNull @PositiveOrZero Long costMinor,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{2,39}", message = "must be 3-40 capital letters, digits, - or _") String code,
        Integer discountPercent) {}
