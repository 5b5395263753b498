package marquee.accounts.internal;

import static marquee.accounts.internal.AccountController.caller;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import marquee.accounts.Account;
import marquee.accounts.Accounts;
import marquee.accounts.AuditEntry;
import marquee.accounts.NewStaff;
import marquee.accounts.NewTenant;
import marquee.accounts.Tenant;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tenants and their staff (the operator's), and the audit log (each tenant admin sees their own tenant's). */
@RestController
@RequestMapping("/api")
@Tag(name = "Tenants", description = "Tenants, staff accounts, audit log")
class TenantController {

    private final Accounts accounts;
    private final AuditStore audit;

    TenantController(Accounts accounts, AuditStore audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/tenants")
    List<Tenant> tenants() {
        return accounts.tenants();
    }

    @PostMapping("/tenants")
    ResponseEntity<Tenant> addTenant(@Valid @RequestBody NewTenant tenant) {
        Tenant created = accounts.addTenant(tenant);
        return ResponseEntity.created(URI.create("/api/tenants/" + created.id())).body(created);
    }

    @GetMapping("/tenants/{id}")
    Tenant tenant(@PathVariable long id) {
        return accounts.tenant(ownTenant(id));
    }

    @GetMapping("/tenants/{id}/accounts")
    List<Account> staff(@PathVariable long id) {
        return accounts.staffOf(ownTenant(id));
    }

    @PostMapping("/tenants/{id}/accounts")
    ResponseEntity<Account> addStaff(@PathVariable long id, @Valid @RequestBody NewStaff staff) {
        Account created = accounts.addStaff(id, staff);
        return ResponseEntity.created(URI.create("/api/tenants/" + id + "/accounts")).body(created);
    }

    /** The latest entries: the operator's of every tenant (or of {@code tenant}), an admin's of their own. */
    @GetMapping("/audit")
    List<AuditEntry> audit(@RequestParam(required = false) Long tenant, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInput("limit", "must be between 1 and 1000");
        }
        Caller caller = caller();
        return audit.latest(caller.isOperator() ? tenant : java.util.Objects.requireNonNull(caller.tenantId()), limit);
    }

    /** The operator reaches every tenant; an admin only their own: another tenant is "not found". */
    private static long ownTenant(long id) {
        if (!caller().mayManage(id)) {
            throw new NotFound("tenant", id);
        }
        return id;
    }
}
