package marquee.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import marquee.accounts.internal.TokenVault;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits, shown once, stored as their SHA-256 (a slow hash adds nothing
 * for secrets this long, and every API call checks one). Revoked tokens stop working at once.
 */
@Service
@Transactional
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenVault vault;
    private final Clock clock;

    ApiTokens(TokenVault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    public IssuedToken issue(long accountId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "mq_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = vault.insert(accountId, name, hash(secret), clock.instant());
        return new IssuedToken(vault.token(accountId, id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(long accountId) {
        return vault.tokensOf(accountId);
    }

    /** Revokes one of the account's own tokens; another account's token is "not found". */
    public void revoke(long accountId, long tokenId) {
        vault.token(accountId, tokenId).orElseThrow(() -> new NotFound("token", tokenId));
        vault.revoke(tokenId, clock.instant());
    }

    /**
     * Who a presented secret belongs to, when it is a live token. One statement, so no transaction of its own (joins
     * the caller's if there is one): it runs before every API call.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Caller> callerFor(String secret) {
        return vault.callerOf(hash(secret));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
