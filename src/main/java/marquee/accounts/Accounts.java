package marquee.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import marquee.accounts.internal.AccountStore;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API: tenants, staff and moviegoer accounts, profiles and consent. */
@Service
@Transactional
public class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(AccountStore store, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Tenant addTenant(NewTenant tenant) {
        if (store.tenantNamed(tenant.name().trim()).isPresent()) {
            throw new InvalidInput("name", "is taken by another tenant");
        }
        return tenant(store.insertTenant(tenant.name(), tenant.kind(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Tenant tenant(long id) {
        return store.tenant(id).orElseThrow(() -> new NotFound("tenant", id));
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> tenantNamed(String name) {
        return store.tenantNamed(name);
    }

    @Transactional(readOnly = true)
    public List<Tenant> tenants() {
        return store.tenants();
    }

    /** Adds a staff account to a tenant; the role must be one of the tenant's kind (an analyst to a distributor...). */
    public Account addStaff(long tenantId, NewStaff staff) {
        Tenant tenant = tenant(tenantId);
        if (staff.role().tenantKind() != tenant.kind()) {
            throw new InvalidInput("role", "does not fit a tenant of kind " + tenant.kind());
        }
        String email = normalise(staff.email());
        if (store.emailTaken(email)) {
            throw new InvalidInput("email", "cannot be used");
        }
        return account(store.insertAccount(email, passwords.encode(staff.password()), staff.displayName().trim(),
                staff.role(), tenantId, clock.instant()));
    }

    /** Signs a moviegoer up; empty when the email is taken (callers must not tell the difference to the client). */
    public Optional<Account> signUp(SignUp signUp) {
        String email = normalise(signUp.email());
        if (store.emailTaken(email)) {
            return Optional.empty();
        }
        String name = signUp.displayName() == null || signUp.displayName().isBlank()
                ? email.substring(0, email.indexOf('@')) : signUp.displayName().trim();
        return Optional.of(account(store.insertAccount(email, passwords.encode(signUp.password()), name, Role.MOVIEGOER,
                null, clock.instant())));
    }

    @Transactional(readOnly = true)
    public Account account(long id) {
        return store.account(id).orElseThrow(() -> new NotFound("account", id));
    }

    @Transactional(readOnly = true)
    public Optional<Account> accountByEmail(String email) {
        return store.login(normalise(email)).map(AccountStore.Login::account);
    }

    @Transactional(readOnly = true)
    public List<Account> staffOf(long tenantId) {
        tenant(tenantId);
        return store.accountsOf(tenantId);
    }

    @Transactional(readOnly = true)
    public MoviegoerProfile profile(long accountId) {
        return store.profile(accountId).orElseThrow(() -> new NotFound("moviegoer", accountId));
    }

    public MoviegoerProfile changeProfile(long accountId, ProfileChange change) {
        profile(accountId);
        List<String> known = interestTags().stream().map(InterestTag::code).toList();
        for (int i = 0; i < change.interests().size(); i++) {
            if (!known.contains(change.interests().get(i))) {
                throw new InvalidInput("interests[" + i + "]", "is not one of the interest tags (GET /api/interest-tags)");
            }
        }
        store.updateProfile(accountId, change);
        return profile(accountId);
    }

    /** Gives or withdraws marketing consent through the API, keeping the change in the consent history. */
    public MoviegoerProfile setMarketingConsent(long accountId, boolean consent) {
        return setMarketingConsent(accountId, consent, ConsentChange.Via.API);
    }

    /** Gives or withdraws marketing consent, keeping the change with its time and where it was made. */
    public MoviegoerProfile setMarketingConsent(long accountId, boolean consent, ConsentChange.Via via) {
        profile(accountId);
        store.setConsent(accountId, consent, clock.instant(), via);
        return profile(accountId);
    }

    /** A moviegoer's consent changes, the latest first (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<ConsentChange> consentHistory(long accountId, int limit) {
        profile(accountId);
        return store.consentHistory(accountId, limit);
    }

    /** Changes the name a moviegoer is shown by (1-200 characters, trimmed). */
    public Account rename(long accountId, String displayName) {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInput("displayName", "must be 1 to 200 characters");
        }
        account(accountId);
        store.rename(accountId, name);
        return account(accountId);
    }

    /**
     * Those of the accounts who consent to marketing at this moment (never a forgotten one): whoever contacts
     * moviegoers checks here at the time, since any copy of the profiles may be older than a withdrawal.
     */
    @Transactional(readOnly = true)
    public Set<Long> consentingNow(java.util.Collection<Long> accountIds) {
        return store.consenting(accountIds);
    }

    @Transactional(readOnly = true)
    public List<InterestTag> interestTags() {
        return store.interestTags();
    }

    /** Stores a generated population (demo market) in bulk; these moviegoers have no password. */
    public int addPopulation(List<GeneratedMoviegoer> people) {
        return store.insertPopulation(people, clock.instant());
    }

    /**
     * Every moviegoer's profile, one after another: for aggregate audience figures only (the audience
     * module keeps them in memory to answer portraits fast). Consent is part of each profile so that
     * no list of people is ever made of those who withdrew it.
     */
    @Transactional(readOnly = true)
    public void forEachProfile(Consumer<MoviegoerProfile> each) {
        store.forEachProfile(each);
    }

    /** Every viewing in the moviegoers' histories, one after another. */
    @Transactional(readOnly = true)
    public void forEachViewing(Consumer<FilmViewing> each) {
        store.forEachViewing(each);
    }

    /**
     * The moviegoers who were forgotten (their accounts stay, anonymised, because orders kept for accounting
     * point at them): whoever rebuilds figures from those orders leaves these people out.
     */
    @Transactional(readOnly = true)
    public Set<Long> forgottenMoviegoers() {
        return store.forgotten();
    }

    @Transactional(readOnly = true)
    public long count(Role role) {
        return store.count(role);
    }

    public static Caller callerOf(Account account) {
        return new Caller(account.id(), account.email(), account.role(), account.tenantId());
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
