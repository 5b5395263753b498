/**
 * Catalog: films and their releases, cinemas, halls with seat maps, screenings.
 * Other modules use {@link marquee.catalog.Catalog} and the records of this package; the stores
 * and web controllers under {@code internal} are hidden from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package marquee.catalog;
