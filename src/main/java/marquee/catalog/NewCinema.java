package marquee.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A cinema to add; {@code timeZone} is an IANA zone such as Asia/Shanghai. */
public record NewCinema(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String chain,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 100) String province,
        @Min(1) @Max(5) int cityTier,
        @NotBlank @Size(max = 60) String timeZone,
        @Size(max = 300) String address) {}
