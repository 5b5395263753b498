package marquee.accounts.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import marquee.accounts.Accounts;
import marquee.shared.PersonalData;
import org.springframework.stereotype.Component;

/** The accounts module's part of a moviegoer's data: the account, the profile, the viewing history
 * and the history of the marketing consent. */
@Component
class AccountPersonalData implements PersonalData {

    private final Accounts accounts;
    private final AccountStore store;
    private final Clock clock;

    AccountPersonalData(Accounts accounts, AccountStore store, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", accounts.account(accountId));
        data.put("profile", accounts.profile(accountId));
        data.put("viewings", store.viewingsOf(accountId));
        data.put("consentHistory", store.consentHistory(accountId, Integer.MAX_VALUE));
        return data;
    }

    @Override
    public void forget(long accountId) {
        store.forget(accountId, clock.instant());
    }
}
