package marquee.accounts;

import java.util.concurrent.atomic.AtomicInteger;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;

/**
 * Tenants, staff and moviegoers for tests, made through the accounts API, each with a personal API
 * token. Names are unique per call, so tests sharing one application context do not collide.
 */
public final class AccountFixtures {

    /** A person a test acts as: the account, its tenant (null for moviegoers) and an API token. */
    public record Person(Account account, Long tenantId, String token, String password) {
        public long id() {
            return account.id();
        }
    }

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Accounts accounts;
    private final ApiTokens tokens;

    public AccountFixtures(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public Tenant tenant(TenantKind kind) {
        return accounts.addTenant(new NewTenant(kind + " " + SEQUENCE.incrementAndGet() + " " + System.nanoTime(), kind));
    }

    /** A staff member of a new tenant of the kind the role needs. */
    public Person staff(Role role) {
        return staff(role, tenant(role.tenantKind()).id());
    }

    public Person staff(Role role, long tenantId) {
        Account account = accounts.addStaff(tenantId, new NewStaff(email(role), PASSWORD, role + " tester", role));
        return new Person(account, tenantId, tokens.issue(account.id(), "test").secret(), PASSWORD);
    }

    public Person moviegoer() {
        String email = email(Role.MOVIEGOER);
        Account account = accounts.signUp(new SignUp(email, PASSWORD, null)).orElseThrow();
        return new Person(account, null, tokens.issue(account.id(), "test").secret(), PASSWORD);
    }

    /**
     * Many moviegoers at once, each with an API token: stored in bulk without a password (hashing
     * hundreds of passwords would only slow the test down), so they act through their tokens only.
     */
    public java.util.List<Person> moviegoers(int count) {
        String batch = "buyer" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        java.util.List<GeneratedMoviegoer> people = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new GeneratedMoviegoer(batch + "-" + i + "@test.marquee", "Buyer " + i, 1990, null, "Beijing",
                        java.util.List.of(), true, java.util.List.of()))
                .toList();
        accounts.addPopulation(people);
        return people.stream().map(p -> {
            Account account = accounts.accountByEmail(p.email()).orElseThrow();
            return new Person(account, null, tokens.issue(account.id(), "test").secret(), null);
        }).toList();
    }

    public Person as(Role role) {
        return role == Role.MOVIEGOER ? moviegoer() : staff(role);
    }

    private static String email(Role role) {
        return role.name().toLowerCase().replace('_', '-') + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.marquee";
    }
}
