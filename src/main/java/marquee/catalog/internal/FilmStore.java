package marquee.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import marquee.catalog.Credit;
import marquee.catalog.CreditRole;
import marquee.catalog.Film;
import marquee.catalog.FilmFilter;
import marquee.catalog.FilmRelease;
import marquee.catalog.NewFilm;
import marquee.catalog.NewRelease;
import marquee.catalog.ReleaseKind;
import marquee.shared.PageOf;
import marquee.shared.PageRequest;
import marquee.shared.jdbc.Conditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Films, their credits and releases, in the film, film_credit and film_release tables. */
@Repository
public class FilmStore {

    private final JdbcClient jdbc;

    FilmStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewFilm film, Long distributorTenantId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into film (original_title, chinese_title, english_title, genres, runtime_min, country,
                                  original_language, certificate, tags, franchise, synopsis, distributor_tenant_id, announced)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(film.originalTitle().trim(), film.chineseTitle(), film.englishTitle(), ListColumn.write(film.genres()),
                        film.runtimeMin(), film.country(), film.originalLanguage(), film.certificate(),
                        ListColumn.write(film.tags()), film.franchise(), film.synopsis(), distributorTenantId, film.announced())
                .update(key, "id");
        long id = key.getKey().longValue();
        insertCredits(id, film.credits());
        return id;
    }

    /**
     * Replaces the film's details and credits with {@code film}'s; its owner and whether it is announced stay as they
     * are (announcing is for good and has its own call). False when there is no such film.
     */
    public boolean update(long filmId, NewFilm film) {
        int changed = jdbc.sql("""
                update film set original_title = ?, chinese_title = ?, english_title = ?, genres = ?, runtime_min = ?,
                                country = ?, original_language = ?, certificate = ?, tags = ?, franchise = ?, synopsis = ?
                where id = ?""")
                .params(film.originalTitle().trim(), film.chineseTitle(), film.englishTitle(), ListColumn.write(film.genres()),
                        film.runtimeMin(), film.country(), film.originalLanguage(), film.certificate(),
                        ListColumn.write(film.tags()), film.franchise(), film.synopsis(), filmId)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from film_credit where film_id = ?").param(filmId).update();
        insertCredits(filmId, film.credits());
        return true;
    }

    /** Changes one release of the film; false when the film has no such release. */
    public boolean updateRelease(long filmId, long releaseId, NewRelease release) {
        return jdbc.sql("update film_release set kind = ?, release_date = ?, formats = ?, note = ? where id = ? and film_id = ?")
                .params(release.kind().name(), release.releaseDate(), ListColumn.write(release.formats()), release.note(),
                        releaseId, filmId)
                .update() == 1;
    }

    /** The earliest cinema-local day a screening of the release is on, if it has any. */
    public Optional<java.time.LocalDate> firstScreeningDay(long releaseId) {
        return Optional.ofNullable(jdbc.sql("select min(local_day) from screening where release_id = ?").param(releaseId)
                .query((rs, n) -> rs.getObject(1, java.time.LocalDate.class)).single());
    }

    private void insertCredits(long filmId, List<Credit> credits) {
        for (int i = 0; i < credits.size(); i++) {
            Credit credit = credits.get(i);
            jdbc.sql("insert into film_credit (film_id, role, ordinal, person_name) values (?, ?, ?, ?)")
                    .params(filmId, credit.role().name(), i, credit.name().trim())
                    .update();
        }
    }

    public long insertRelease(long filmId, NewRelease release) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into film_release (film_id, kind, release_date, formats, note) values (?, ?, ?, ?, ?)")
                .params(filmId, release.kind().name(), release.releaseDate(), ListColumn.write(release.formats()), release.note())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** True when the film was unannounced until now. */
    public boolean announce(long filmId) {
        return jdbc.sql("update film set announced = true where id = ? and announced = false").param(filmId).update() > 0;
    }

    public boolean exists(long filmId) {
        return jdbc.sql("select count(*) from film where id = ?").param(filmId).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from film").query(Long.class).single();
    }

    public Optional<Film> find(long id) {
        return jdbc.sql("select * from film where id = ?").param(id).query(this::filmRow).optional()
                .map(film -> withDetails(List.of(film)).getFirst());
    }

    /** The films the filter names; with a viewer, only those it may see (null: all, for the operator). */
    public PageOf<Film> page(FilmFilter filter, PageRequest page, Viewer viewer) {
        Conditions where = new Conditions();
        if (viewer != null) {
            where.with(viewer.visible("film"), viewer.params());
        }
        where
                .when(Conditions.containing(filter.text()),
                        "(lower(original_title) like ? escape '\\' or lower(chinese_title) like ? escape '\\'"
                                + " or lower(english_title) like ? escape '\\')")
                .when(ListColumn.element(filter.genre()), "lower(genres) like ?");
        // One screening must match city and day together: on in Suzhou on Monday, not in Suzhou some
        // day and somewhere else on Monday.
        Conditions showing = new Conditions().when(filter.city(), "c.city = ?").when(filter.date(), "s.local_day = ?");
        if (!showing.params().isEmpty()) {
            where.with("exists (select 1 from screening s join hall h on h.id = s.hall_id join cinema c on c.id = h.cinema_id"
                    + showing.where() + " and s.film_id = film.id)", showing.params());
        }
        long total = jdbc.sql("select count(*) from film" + where.where()).params(where.params()).query(Long.class).single();
        List<Film> films = jdbc.sql("select * from film" + where.where() + " order by id limit ? offset ?")
                .params(where.params()).param(page.size()).param(page.offset())
                .query(this::filmRow).list();
        return new PageOf<>(withDetails(films), page.page(), page.size(), total);
    }

    public List<FilmRelease> releases(long filmId) {
        return releasesOf(List.of(filmId)).getOrDefault(filmId, List.of());
    }

    private List<Film> withDetails(List<Film> films) {
        if (films.isEmpty()) {
            return films;
        }
        List<Long> ids = films.stream().map(Film::id).toList();
        Map<Long, List<Credit>> credits = creditsOf(ids);
        Map<Long, List<FilmRelease>> releases = releasesOf(ids);
        List<Film> detailed = new ArrayList<>(films.size());
        for (Film f : films) {
            detailed.add(new Film(f.id(), f.originalTitle(), f.chineseTitle(), f.englishTitle(), f.genres(), f.runtimeMin(),
                    f.country(), f.originalLanguage(), f.certificate(), f.tags(), f.franchise(), f.synopsis(),
                    credits.getOrDefault(f.id(), List.of()), releases.getOrDefault(f.id(), List.of()),
                    f.distributorTenantId(), f.announced()));
        }
        return detailed;
    }

    private Map<Long, List<Credit>> creditsOf(Collection<Long> filmIds) {
        record Row(long filmId, Credit credit) {}
        return jdbc.sql("select * from film_credit where film_id in (:ids) order by film_id, role, ordinal")
                .param("ids", filmIds)
                .query((rs, n) -> new Row(rs.getLong("film_id"),
                        new Credit(CreditRole.valueOf(rs.getString("role")), rs.getString("person_name"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::filmId, Collectors.mapping(Row::credit, Collectors.toUnmodifiableList())));
    }

    private Map<Long, List<FilmRelease>> releasesOf(Collection<Long> filmIds) {
        return jdbc.sql("select * from film_release where film_id in (:ids) order by film_id, release_date")
                .param("ids", filmIds)
                .query((rs, n) -> new FilmRelease(rs.getLong("id"), rs.getLong("film_id"),
                        ReleaseKind.valueOf(rs.getString("kind")), rs.getObject("release_date", java.time.LocalDate.class),
                        ListColumn.read(rs.getString("formats")), rs.getString("note")))
                .list().stream()
                .collect(Collectors.groupingBy(FilmRelease::filmId, Collectors.toUnmodifiableList()));
    }

    private Film filmRow(ResultSet rs, int rowNum) throws SQLException {
        return new Film(rs.getLong("id"), rs.getString("original_title"), rs.getString("chinese_title"),
                rs.getString("english_title"), ListColumn.read(rs.getString("genres")), rs.getInt("runtime_min"),
                rs.getString("country"), rs.getString("original_language"), rs.getString("certificate"),
                ListColumn.read(rs.getString("tags")), rs.getString("franchise"), rs.getString("synopsis"),
                List.of(), List.of(), rs.getObject("distributor_tenant_id", Long.class), rs.getBoolean("announced"));
    }
}
