package marquee.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small builders for catalog test data: only what a test cares about is spelled out. */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static FilmBuilder aFilm() {
        return new FilmBuilder();
    }

    public static NewCinema aCinemaIn(String city, int tier) {
        return new NewCinema("Test Cinema " + city, "Test Chain", city, "Test Province", tier, "Asia/Shanghai", null);
    }

    /** A hall of {@code rows} rows of {@code seatsPerRow} standard seats, with a centre aisle. */
    public static NewHall aHall(int rows, int seatsPerRow) {
        List<String> layout = new ArrayList<>();
        String half = "S".repeat(seatsPerRow / 2);
        for (int r = 0; r < rows; r++) {
            layout.add(half + "." + "S".repeat(seatsPerRow - seatsPerRow / 2));
        }
        return new NewHall("Hall " + rows + "x" + seatsPerRow, layout);
    }

    public static NewScreening aScreening(long hallId, long filmId, Instant startsAt) {
        return new NewScreening(hallId, filmId, null, startsAt, "2D", "Mandarin", 4500L, "CNY");
    }

    public static final class FilmBuilder {
        private String title = "Free Solo";
        private String chineseTitle = "徒手攀岩";
        private List<String> genres = List.of("Documentary");
        private int runtime = 100;
        private List<String> tags = List.of("climbing");
        private LocalDate releasedOn = LocalDate.of(2026, 11, 1);
        private boolean announced = true;
        private Long distributor;
        private String country = "United States";

        public FilmBuilder titled(String title) {
            this.title = title;
            this.chineseTitle = null;
            return this;
        }

        public FilmBuilder withGenres(String... genres) {
            this.genres = List.of(genres);
            return this;
        }

        public FilmBuilder running(int minutes) {
            this.runtime = minutes;
            return this;
        }

        /** Not yet announced: seen only by its distributor and the operator. */
        public FilmBuilder unannounced() {
            this.announced = false;
            return this;
        }

        public FilmBuilder ownedBy(long distributorTenantId) {
            this.distributor = distributorTenantId;
            return this;
        }

        public FilmBuilder madeIn(String country) {
            this.country = country;
            return this;
        }

        public FilmBuilder releasedOn(LocalDate date) {
            this.releasedOn = date;
            return this;
        }

        public NewFilm build() {
            return new NewFilm(title, chineseTitle, title, genres, runtime, country, "English", "PG-13", tags,
                    null, null, List.of(new Credit(CreditRole.DIRECTOR, "Jimmy Chin")), announced);
        }

        public NewRelease release() {
            return new NewRelease(ReleaseKind.FIRST_RELEASE, releasedOn, List.of("2D"), null);
        }

        /** Adds the film and its first release to the catalog. */
        public Film addTo(Catalog catalog) {
            Film film = catalog.addFilm(build(), distributor);
            catalog.addRelease(film.id(), release());
            return catalog.film(film.id());
        }
    }
}
