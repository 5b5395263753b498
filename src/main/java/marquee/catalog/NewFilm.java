package marquee.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What it takes to add a film to the catalog; {@code announced} defaults to true (public). */
public record NewFilm(
        @NotBlank @Size(max = 300) String originalTitle,
        @Size(max = 300) String chineseTitle,
        @Size(max = 300) String englishTitle,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> genres,
        @Min(1) @Max(1000) int runtimeMin,
        @NotBlank @Size(max = 100) String country,
        @Size(max = 50) String originalLanguage,
        @Size(max = 20) String certificate,
        @Size(max = 30) List<@NotBlank @Size(max = 40) String> tags,
        @Size(max = 200) String franchise,
        @Size(max = 4000) String synopsis,
        @Size(max = 100) List<@Valid Credit> credits,
        Boolean announced) {

    public NewFilm {
        tags = tags == null ? List.of() : List.copyOf(tags);
        credits = credits == null ? List.of() : List.copyOf(credits);
        announced = announced == null || announced;
    }
}
