package marquee.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import marquee.accounts.Account;
import marquee.accounts.ConsentChange;
import marquee.accounts.FilmViewing;
import marquee.accounts.Gender;
import marquee.accounts.GeneratedMoviegoer;
import marquee.accounts.InterestTag;
import marquee.accounts.MoviegoerProfile;
import marquee.accounts.ProfileChange;
import marquee.accounts.Tenant;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tenants, accounts, moviegoer profiles with their interests, and viewing history. */
@Repository
public class AccountStore {

    /** An account with what sign-in needs; stays inside the module. */
    public record Login(Account account, String passwordHash, int failedLogins, Instant lockedUntil) {}

    private static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AccountStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insertTenant(String name, TenantKind kind, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into tenant (name, kind, created_at) values (?, ?, ?)")
                .params(name.trim(), kind.name(), utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Tenant> tenant(long id) {
        return jdbc.sql("select * from tenant where id = ?").param(id).query(this::tenantRow).optional();
    }

    public Optional<Tenant> tenantNamed(String name) {
        return jdbc.sql("select * from tenant where name = ?").param(name).query(this::tenantRow).optional();
    }

    public List<Tenant> tenants() {
        return jdbc.sql("select * from tenant order by id").query(this::tenantRow).list();
    }

    public long insertAccount(String email, String passwordHash, String displayName, Role role, Long tenantId, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into account (email, password_hash, display_name, role, tenant_id, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(email, passwordHash, displayName, role.name(), tenantId, utc(now)).update(key, "id");
        long id = key.getKey().longValue();
        if (role == Role.MOVIEGOER) {
            jdbc.sql("insert into moviegoer_profile (account_id) values (?)").param(id).update();
        }
        return id;
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single() > 0;
    }

    public Optional<Account> account(long id) {
        return jdbc.sql("select * from account where id = ?").param(id).query(this::accountRow).optional();
    }

    public List<Account> accountsOf(long tenantId) {
        return jdbc.sql("select * from account where tenant_id = ? order by id").param(tenantId).query(this::accountRow).list();
    }

    public Optional<Login> login(String email) {
        return jdbc.sql("select * from account where email = ?").param(email)
                .query((rs, n) -> new Login(accountRow(rs, n), rs.getString("password_hash"), rs.getInt("failed_logins"),
                        instant(rs, "locked_until")))
                .optional();
    }

    public void recordFailure(long accountId, int failedLogins, Instant lockedUntil) {
        jdbc.sql("update account set failed_logins = ?, locked_until = ? where id = ?")
                .params(failedLogins, lockedUntil == null ? null : utc(lockedUntil), accountId).update();
    }

    public void recordSuccess(long accountId) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ?").param(accountId).update();
    }

    public List<InterestTag> interestTags() {
        return jdbc.sql("select * from interest_tag order by code")
                .query((rs, n) -> new InterestTag(rs.getString("code"), rs.getString("label"))).list();
    }

    public Optional<MoviegoerProfile> profile(long accountId) {
        List<String> interests = jdbc.sql("select tag_code from moviegoer_interest where account_id = ? order by tag_code")
                .param(accountId).query(String.class).list();
        return jdbc.sql("select * from moviegoer_profile where account_id = ?").param(accountId)
                .query((rs, n) -> new MoviegoerProfile(accountId, (Integer) rs.getObject("birth_year"),
                        rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")),
                        rs.getString("home_city"), interests, rs.getBoolean("marketing_consent"),
                        instant(rs, "consent_changed_at")))
                .optional();
    }

    /** Every moviegoer's profile, streamed in account order (for the audience module's in-memory index). */
    public void forEachProfile(Consumer<MoviegoerProfile> each) {
        Map<Long, List<String>> interests = new HashMap<>();
        jdbc.sql("select account_id, tag_code from moviegoer_interest").query(rs -> {
            interests.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        jdbc.sql("select * from moviegoer_profile order by account_id").query(rs -> {
            long id = rs.getLong("account_id");
            each.accept(new MoviegoerProfile(id, (Integer) rs.getObject("birth_year"),
                    rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")),
                    rs.getString("home_city"), interests.getOrDefault(id, List.of()), rs.getBoolean("marketing_consent"),
                    instant(rs, "consent_changed_at")));
        });
    }

    public void forEachViewing(Consumer<FilmViewing> each) {
        jdbc.sql("select account_id, film_id, watched_on, rating from viewing").query(rs -> {
            each.accept(new FilmViewing(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                    (Integer) rs.getObject(4)));
        });
    }

    /** The viewings of one moviegoer, for their export. */
    public List<FilmViewing> viewingsOf(long accountId) {
        return jdbc.sql("select account_id, film_id, watched_on, rating from viewing where account_id = ? order by watched_on")
                .param(accountId)
                .query((rs, n) -> new FilmViewing(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), (Integer) rs.getObject(4)))
                .list();
    }

    /**
     * Forgets a moviegoer: profile, interests, history and tokens go; the account row stays, anonymised and
     * unable to sign in, because orders kept for accounting still point at it.
     */
    public void forget(long accountId, Instant now) {
        // The consent history stays (it holds no more than the anonymised account's id): it proves that
        // nobody was contacted without consent; the withdrawal by forgetting is its last row.
        boolean consented = jdbc.sql("select marketing_consent from moviegoer_profile where account_id = ?")
                .param(accountId).query(Boolean.class).optional().orElse(false);
        if (consented) {
            appendConsentChange(accountId, false, now, ConsentChange.Via.FORGET);
        }
        jdbc.sql("delete from moviegoer_interest where account_id = ?").param(accountId).update();
        jdbc.sql("delete from viewing where account_id = ?").param(accountId).update();
        jdbc.sql("""
                update moviegoer_profile set birth_year = null, gender = null, home_city = null, marketing_consent = false,
                       consent_changed_at = ? where account_id = ?""").params(utc(now), accountId).update();
        jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null").params(utc(now), accountId).update();
        jdbc.sql("update account set email = ?, display_name = 'forgotten', password_hash = null, forgotten_at = ? where id = ?")
                .params("forgotten-" + accountId + "@invalid.marquee", utc(now), accountId).update();
    }

    /** The moviegoers who asked to be forgotten: their accounts stay, anonymised as {@link #forget} leaves them. */
    public Set<Long> forgotten() {
        return new HashSet<>(jdbc.sql("select id from account where forgotten_at is not null").query(Long.class).list());
    }

    public void updateProfile(long accountId, ProfileChange change) {
        jdbc.sql("update moviegoer_profile set birth_year = ?, gender = ?, home_city = ? where account_id = ?")
                .params(change.birthYear(), change.gender() == null ? null : change.gender().name(),
                        change.homeCity() == null ? null : change.homeCity().trim(), accountId)
                .update();
        jdbc.sql("delete from moviegoer_interest where account_id = ?").param(accountId).update();
        for (String tag : change.interests().stream().distinct().toList()) {
            jdbc.sql("insert into moviegoer_interest (account_id, tag_code) values (?, ?)").params(accountId, tag).update();
        }
    }

    /** Those of the accounts who consent to marketing now and were not forgotten, in chunks of a thousand. */
    public Set<Long> consenting(java.util.Collection<Long> accountIds) {
        Set<Long> consenting = new HashSet<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<Long> chunk = ids.subList(from, Math.min(from + 1_000, ids.size()));
            jdbc.sql("""
                            select p.account_id from moviegoer_profile p join account a on a.id = p.account_id
                            where p.marketing_consent and a.forgotten_at is null and p.account_id in (:ids)""")
                    .param("ids", chunk).query(Long.class).list().forEach(consenting::add);
        }
        return consenting;
    }

    /** Sets the consent and appends the change to its history (the history is never updated). */
    public void setConsent(long accountId, boolean consent, Instant now, ConsentChange.Via via) {
        jdbc.sql("update moviegoer_profile set marketing_consent = ?, consent_changed_at = ? where account_id = ?")
                .params(consent, utc(now), accountId).update();
        appendConsentChange(accountId, consent, now, via);
    }

    private void appendConsentChange(long accountId, boolean consent, Instant now, ConsentChange.Via via) {
        jdbc.sql("insert into consent_change (account_id, marketing, changed_at, via) values (?, ?, ?, ?)")
                .params(accountId, consent, utc(now), via.name()).update();
    }

    /** A moviegoer's consent changes, the latest first. */
    public List<ConsentChange> consentHistory(long accountId, int limit) {
        return jdbc.sql("select marketing, changed_at, via from consent_change where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query((rs, n) -> new ConsentChange(rs.getBoolean("marketing"), instant(rs, "changed_at"),
                        ConsentChange.Via.valueOf(rs.getString("via"))))
                .list();
    }

    public void rename(long accountId, String displayName) {
        jdbc.sql("update account set display_name = ? where id = ?").params(displayName, accountId).update();
    }

    public long count(Role role) {
        return jdbc.sql("select count(*) from account where role = ?").param(role.name()).query(Long.class).single();
    }

    /** Stores a generated population with plain batched inserts; returns how many moviegoers were stored. */
    public int insertPopulation(List<GeneratedMoviegoer> people, Instant now) {
        for (int from = 0; from < people.size(); from += BATCH) {
            insertChunk(people.subList(from, Math.min(from + BATCH, people.size())), now);
        }
        return people.size();
    }

    private void insertChunk(List<GeneratedMoviegoer> people, Instant now) {
        long before = jdbc.sql("select coalesce(max(id), 0) from account").query(Long.class).single();
        OffsetDateTime created = utc(now);
        batch.batchUpdate("insert into account (email, password_hash, display_name, role, tenant_id, created_at)"
                + " values (?, null, ?, 'MOVIEGOER', null, ?)", people, BATCH, (ps, p) -> {
                    ps.setString(1, p.email());
                    ps.setString(2, p.displayName());
                    ps.setObject(3, created);
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, email from account where id > ?").param(before)
                .query(rs -> {
                    ids.put(rs.getString("email"), rs.getLong("id"));
                });
        batch.batchUpdate("insert into moviegoer_profile (account_id, birth_year, gender, home_city, marketing_consent,"
                + " consent_changed_at) values (?, ?, ?, ?, ?, ?)", people, BATCH, (ps, p) -> {
                    ps.setLong(1, ids.get(p.email()));
                    ps.setInt(2, p.birthYear());
                    ps.setString(3, p.gender() == null ? null : p.gender().name());
                    ps.setString(4, p.homeCity());
                    ps.setBoolean(5, p.marketingConsent());
                    ps.setObject(6, p.marketingConsent() ? created : null);
                });
        record Interest(long accountId, String tag) {}
        List<Interest> interests = new ArrayList<>();
        record Seen(long accountId, GeneratedMoviegoer.Viewing viewing) {}
        List<Seen> seen = new ArrayList<>();
        for (GeneratedMoviegoer p : people) {
            long id = ids.get(p.email());
            p.interests().forEach(tag -> interests.add(new Interest(id, tag)));
            p.viewings().forEach(v -> seen.add(new Seen(id, v)));
        }
        batch.batchUpdate("insert into moviegoer_interest (account_id, tag_code) values (?, ?)", interests, BATCH, (ps, i) -> {
            ps.setLong(1, i.accountId());
            ps.setString(2, i.tag());
        });
        batch.batchUpdate("insert into viewing (account_id, film_id, watched_on, rating) values (?, ?, ?, ?)", seen, BATCH, (ps, s) -> {
            ps.setLong(1, s.accountId());
            ps.setLong(2, s.viewing().filmId());
            ps.setObject(3, s.viewing().watchedOn());
            ps.setObject(4, s.viewing().rating());
        });
    }

    private Tenant tenantRow(ResultSet rs, int n) throws SQLException {
        return new Tenant(rs.getLong("id"), rs.getString("name"), TenantKind.valueOf(rs.getString("kind")), instant(rs, "created_at"));
    }

    private Account accountRow(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("tenant_id", Long.class), instant(rs, "created_at"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
