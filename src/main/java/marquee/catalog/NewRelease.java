package marquee.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A release of a film: when, in which formats, and whether it is a re-release or a restored version. */
public record NewRelease(
        @NotNull ReleaseKind kind,
        @NotNull LocalDate releaseDate,
        @Size(max = 10) List<@Size(max = 20) String> formats,
        @Size(max = 500) String note) {

    public NewRelease {
        formats = formats == null ? List.of() : List.copyOf(formats);
    }
}
