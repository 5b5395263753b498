package marquee.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import marquee.shared.security.TenantKind;

public record NewTenant(@NotBlank @Size(max = 200) String name, @NotNull TenantKind kind) {}
