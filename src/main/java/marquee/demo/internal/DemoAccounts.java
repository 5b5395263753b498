package marquee.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.accounts.Account;
import marquee.accounts.Accounts;
import marquee.accounts.Gender;
import marquee.accounts.NewStaff;
import marquee.accounts.NewTenant;
import marquee.accounts.ProfileChange;
import marquee.accounts.SignUp;
import marquee.accounts.Tenant;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import org.springframework.stereotype.Component;

/**
 * The demo market's tenants and one sign-in account per role, with the published passwords of the
 * README. Two distributors and two chains, so that tenant isolation can be tried by hand. Only the
 * demo market seeds these: a store without the demo market has no default password.
 */
@Component
class DemoAccounts {

    /** The one password of every demo account (README). Never seed the demo market into a production store. */
    static final String PASSWORD = "marquee-demo-2026";

    record DemoTenant(String name, TenantKind kind, String chain) {}

    record DemoUser(String email, String name, Role role, String tenant) {}

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("Marquee Operations", TenantKind.OPERATOR, null),
            new DemoTenant("Huaxia Art Films", TenantKind.DISTRIBUTOR, null),
            new DemoTenant("Lumen Pictures", TenantKind.DISTRIBUTOR, null),
            new DemoTenant("Wanda Cinemas", TenantKind.CINEMA_CHAIN, "万达影城"),
            new DemoTenant("CGV Cinemas", TenantKind.CINEMA_CHAIN, "CGV影城"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("operator@marquee.demo", "Olivia Operator", Role.OPERATOR, "Marquee Operations"),
            new DemoUser("admin@huaxia.demo", "Hua Admin", Role.DISTRIBUTOR_ADMIN, "Huaxia Art Films"),
            new DemoUser("analyst@huaxia.demo", "Hua Analyst", Role.DISTRIBUTOR_ANALYST, "Huaxia Art Films"),
            new DemoUser("admin@lumen.demo", "Lu Admin", Role.DISTRIBUTOR_ADMIN, "Lumen Pictures"),
            new DemoUser("analyst@lumen.demo", "Lu Analyst", Role.DISTRIBUTOR_ANALYST, "Lumen Pictures"),
            new DemoUser("manager@wanda.demo", "Wan Manager", Role.CINEMA_MANAGER, "Wanda Cinemas"),
            new DemoUser("manager@cgv.demo", "Chen Manager", Role.CINEMA_MANAGER, "CGV Cinemas"));

    static final String MOVIEGOER = "moviegoer@marquee.demo";

    /** The tenant ids by name, and the chain tenant of each demo cinema chain name. */
    record Seeded(Map<String, Long> tenants, Map<String, Long> chains) {
        Long tenant(String name) {
            return name == null || name.isBlank() ? null : tenants.get(name);
        }
    }

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Adds what is missing (seeding twice reuses the tenants and accounts of the first time). */
    Seeded seed() {
        Map<String, Long> tenants = new HashMap<>();
        Map<String, Long> chains = new HashMap<>();
        for (DemoTenant demo : TENANTS) {
            Tenant tenant = accounts.tenantNamed(demo.name())
                    .orElseGet(() -> accounts.addTenant(new NewTenant(demo.name(), demo.kind())));
            tenants.put(demo.name(), tenant.id());
            if (demo.chain() != null) {
                chains.put(demo.chain(), tenant.id());
            }
        }
        for (DemoUser user : USERS) {
            if (accounts.accountByEmail(user.email()).isEmpty()) {
                accounts.addStaff(tenants.get(user.tenant()), new NewStaff(user.email(), PASSWORD, user.name(), user.role()));
            }
        }
        if (accounts.accountByEmail(MOVIEGOER).isEmpty()) {
            Account me = accounts.signUp(new SignUp(MOVIEGOER, PASSWORD, "Mei Moviegoer")).orElseThrow();
            accounts.changeProfile(me.id(), new ProfileChange(1997, Gender.FEMALE, "Chengdu", List.of("anime", "rock-climbing", "classics", "family")));
            accounts.setMarketingConsent(me.id(), true);
        }
        return new Seeded(tenants, chains);
    }
}
