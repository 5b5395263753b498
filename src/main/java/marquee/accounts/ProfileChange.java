package marquee.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A moviegoer's new profile; interests are codes of the managed list. Consent changes separately. */
public record ProfileChange(
        @Min(1900) @Max(2100) Integer birthYear,
        Gender gender,
        @Size(max = 100) String homeCity,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> interests) {

    public ProfileChange {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
