package marquee.accounts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import marquee.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Everything every module keeps about a moviegoer, for the download and for being forgotten (API and page alike). */
@Component
class MyData {

    private final List<PersonalData> parts;

    MyData(List<PersonalData> parts) {
        this.parts = parts;
    }

    Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        parts.forEach(part -> data.put(part.section(), part.export(accountId)));
        return data;
    }

    /** Forgets the moviegoer in every module at once: all of it or, on a failure, none of it. */
    @Transactional
    public void forget(long accountId) {
        parts.forEach(part -> part.forget(accountId));
    }
}
