package marquee.shared;

/**
 * A module's part of a moviegoer's personal data. Every module that keeps data about a person
 * implements it, so that one request exports all of it and one request forgets all of it, without the
 * accounts module knowing the others' tables.
 */
public interface PersonalData {

    /** The name of this part in an export, such as "orders". */
    String section();

    /** What this module keeps about the account, as plain values for a JSON export. */
    Object export(long accountId);

    /** Deletes or anonymises what this module keeps about the account; what the law makes us keep, it unlinks. */
    void forget(long accountId);
}
