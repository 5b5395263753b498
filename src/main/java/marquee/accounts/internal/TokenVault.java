package marquee.accounts.internal;

import static marquee.accounts.internal.AccountStore.instant;
import static marquee.accounts.internal.AccountStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import marquee.accounts.ApiToken;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Personal API tokens, by the SHA-256 of their secret. */
@Repository
public class TokenVault {

    private final JdbcClient jdbc;

    TokenVault(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long accountId, String name, String hash, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (account_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(accountId, name, hash, utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * The caller a live (not revoked) token with this hash stands for, in one query: every API call asks this, and
     * the token and its account used to be two queries in a transaction of their own.
     */
    public Optional<Caller> callerOf(String hash) {
        return jdbc.sql("""
                select a.id, a.email, a.role, a.tenant_id from api_token t join account a on a.id = t.account_id
                where t.token_hash = ? and t.revoked_at is null""").param(hash)
                .query((rs, n) -> new Caller(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class))).optional();
    }

    public List<ApiToken> tokensOf(long accountId) {
        return jdbc.sql("select * from api_token where account_id = ? order by id").param(accountId).query(this::row).list();
    }

    public Optional<ApiToken> token(long accountId, long tokenId) {
        return jdbc.sql("select * from api_token where account_id = ? and id = ?").params(accountId, tokenId)
                .query(this::row).optional();
    }

    public void revoke(long tokenId, Instant now) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null").params(utc(now), tokenId).update();
    }

    private ApiToken row(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), instant(rs, "created_at"), instant(rs, "revoked_at"));
    }
}
