package marquee.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A hall and its seat map, drawn as text: one string per row, front row first, one character per
 * grid cell: {@code S} standard, {@code V} VIP, {@code C} couple, {@code A} accessible, {@code .} a gap.
 * Rows are labelled A, B, C... and seats numbered from 1 left to right, skipping gaps.
 */
public record NewHall(
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 40) List<@NotBlank @Size(max = 60) String> layout) {}
