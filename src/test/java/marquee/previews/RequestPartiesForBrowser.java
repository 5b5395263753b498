package marquee.previews;

import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;

/** {@link RequestParties} for tests in other packages: a distributor with its film, a chain's manager with a cinema. */
public record RequestPartiesForBrowser(Person distributor, Person manager, long filmId, long cinemaId) {

    public static RequestPartiesForBrowser make(Accounts accounts, ApiTokens tokens, Catalog catalog) {
        RequestParties parties = RequestParties.make(accounts, tokens, catalog, 0);
        return new RequestPartiesForBrowser(parties.distributor(), parties.manager(), parties.film().id(), parties.cinema().id());
    }
}
