package marquee.catalog;

/** A city with its province and tier, and how many cinemas of the catalog are there. */
public record City(String name, String province, int tier, long cinemas) {}
