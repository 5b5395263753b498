package marquee.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import marquee.accounts.GeneratedMoviegoer.Viewing;
import marquee.shared.InvalidInput;
import marquee.shared.security.Role;
import marquee.shared.security.TenantKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How accounts are stored; run once on the embedded store and once on PostgreSQL by the subclasses,
 * against a fresh database each.
 */
abstract class AccountStoreSpec {

    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    marquee.accounts.internal.AccountStore store;

    @Test
    void staff_belong_to_a_tenant_of_the_kind_their_role_needs() {
        Tenant distributor = accounts.addTenant(new NewTenant("Lumière Pictures", TenantKind.DISTRIBUTOR));

        Account admin = accounts.addStaff(distributor.id(),
                new NewStaff("Admin@Lumiere.example", "a long password here", "Camille", Role.DISTRIBUTOR_ADMIN));

        assertThat(admin.email()).isEqualTo("admin@lumiere.example");
        assertThat(admin.tenantId()).isEqualTo(distributor.id());
        assertThat(accounts.staffOf(distributor.id())).extracting(Account::email).containsExactly("admin@lumiere.example");
        assertThatThrownBy(() -> accounts.addStaff(distributor.id(),
                new NewStaff("m@lumiere.example", "a long password here", "M", Role.CINEMA_MANAGER)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> accounts.addStaff(distributor.id(),
                new NewStaff("ADMIN@lumiere.example", "a long password here", "Dup", Role.DISTRIBUTOR_ANALYST)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> accounts.addTenant(new NewTenant("Lumière Pictures", TenantKind.DISTRIBUTOR)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_moviegoer_profile_keeps_interests_from_the_managed_list_and_timestamped_consent() {
        Account me = accounts.signUp(new SignUp("Zhang.Wei@example.com", "a long password here", null)).orElseThrow();
        assertThat(accounts.signUp(new SignUp("zhang.wei@EXAMPLE.com", "another password", null))).isEmpty();
        assertThat(accounts.profile(me.id()).marketingConsent()).as("consent is never assumed").isFalse();

        MoviegoerProfile changed = accounts.changeProfile(me.id(),
                new ProfileChange(1994, Gender.MALE, "Chengdu", List.of("rock-climbing", "documentaries", "rock-climbing")));
        MoviegoerProfile consented = accounts.setMarketingConsent(me.id(), true);

        assertThat(changed.interests()).containsExactly("documentaries", "rock-climbing");
        assertThat(changed.homeCity()).isEqualTo("Chengdu");
        assertThat(consented.marketingConsent()).isTrue();
        assertThat(consented.consentChangedAt()).isNotNull();
        assertThat(accounts.setMarketingConsent(me.id(), false).marketingConsent()).isFalse();
        assertThatThrownBy(() -> accounts.changeProfile(me.id(), new ProfileChange(null, null, null, List.of("knitting"))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void every_consent_change_is_kept_with_where_it_was_made_and_outlives_being_forgotten() {
        Account me = accounts.signUp(new SignUp("consent.history@example.com", "a long password here", null)).orElseThrow();
        assertThat(accounts.consentHistory(me.id(), 10)).isEmpty();

        accounts.setMarketingConsent(me.id(), true, ConsentChange.Via.PAGE);
        accounts.setMarketingConsent(me.id(), false, ConsentChange.Via.UNSUBSCRIBE);
        accounts.setMarketingConsent(me.id(), true);
        assertThat(accounts.consentHistory(me.id(), 2)).extracting(ConsentChange::marketing, ConsentChange::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, ConsentChange.Via.API),
                        org.assertj.core.groups.Tuple.tuple(false, ConsentChange.Via.UNSUBSCRIBE));
        assertThat(accounts.consentHistory(me.id(), 10)).hasSize(3).allSatisfy(c -> assertThat(c.changedAt()).isNotNull());

        store.forget(me.id(), java.time.Instant.now());
        assertThat(accounts.consentHistory(me.id(), 10)).hasSize(4).first()
                .extracting(ConsentChange::marketing, ConsentChange::via).containsExactly(false, ConsentChange.Via.FORGET);
    }

    @Test
    void tokens_are_found_by_their_secret_until_revoked_and_stored_only_as_a_hash() {
        Account me = accounts.signUp(new SignUp("tokens@example.com", "a long password here", null)).orElseThrow();
        IssuedToken issued = tokens.issue(me.id(), "script");

        assertThat(tokens.callerFor(issued.secret())).hasValueSatisfying(c -> assertThat(c.accountId()).isEqualTo(me.id()));
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(issued.token().id()).query(String.class).single())
                .hasSize(64).isNotEqualTo(issued.secret());
        tokens.revoke(me.id(), issued.token().id());
        assertThat(tokens.callerFor(issued.secret())).isEmpty();
        assertThat(tokens.tokensOf(me.id())).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void a_generated_population_is_stored_in_bulk_with_profiles_interests_and_viewings() {
        long before = accounts.count(Role.MOVIEGOER);
        List<GeneratedMoviegoer> people = List.of(
                new GeneratedMoviegoer("gen1@population.example", "Gen 1", 1990, Gender.FEMALE, "Beijing", List.of("anime"), true,
                        List.of(new Viewing(1, LocalDate.of(2026, 10, 1), 9), new Viewing(2, LocalDate.of(2026, 10, 5), null))),
                new GeneratedMoviegoer("gen2@population.example", "Gen 2", 2001, null, "Lhasa", List.of(), false, List.of()));

        assertThat(accounts.addPopulation(people)).isEqualTo(2);

        assertThat(accounts.count(Role.MOVIEGOER)).isEqualTo(before + 2);
        long id = jdbc.sql("select id from account where email = 'gen1@population.example'").query(Long.class).single();
        assertThat(accounts.profile(id).interests()).containsExactly("anime");
        assertThat(accounts.profile(id).marketingConsent()).isTrue();
        assertThat(jdbc.sql("select count(*) from viewing where account_id = ?").param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).optional()).isEmpty();
    }
}
