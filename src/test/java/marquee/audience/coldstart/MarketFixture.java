package marquee.audience.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small interaction and film files: a crowd of action fans who rate each new action film
 * in the days after its debut, and a crowd of drama regulars who rate old dramas.
 */
final class MarketFixture {

    private final List<String> films = new ArrayList<>(List.of("film_id,title,year,genres"));
    private final List<String> interactions = new ArrayList<>(List.of("user_id,film_id,rating,rated_at"));
    private final Instant start = Instant.parse("2013-03-01T12:00:00Z");

    static MarketFixture market() {
        return new MarketFixture();
    }

    /** Every {@code everyDays} days a new 2013 action film debuts and each fan rates it within a week. */
    MarketFixture actionFansWatchingNewReleases(int fans, int days, int everyDays) {
        for (int day = 0, n = 0; day < days; day += everyDays, n++) {
            String film = "tt1" + String.format("%05d", n);
            films.add(film + ",Action Film " + n + ",2013,Action|Adventure");
            for (int fan = 0; fan < fans; fan++) {
                rate("fan" + fan, film, start.plus(day + fan % 7, ChronoUnit.DAYS).plusSeconds(fan));
            }
        }
        return this;
    }

    /** Regulars rate one old drama each, every few days, more often than any fan. */
    MarketFixture dramaRegularsWatchingClassics(int regulars, int days) {
        for (int n = 0; n < 20; n++) {
            films.add("tt2" + String.format("%05d", n) + ",Classic Drama " + n + ",1960,Drama|Romance");
        }
        for (int day = 0; day < days; day++) {
            for (int regular = 0; regular < regulars; regular++) {
                String film = "tt2" + String.format("%05d", (day + regular) % 20);
                rate("regular" + regular, film, start.plus(day, ChronoUnit.DAYS).plusSeconds(3600 + regular));
            }
        }
        return this;
    }

    /** A film that no one has rated yet. */
    MarketFixture upcoming(String filmId, String title, int year, String genres) {
        films.add(filmId + "," + title + "," + year + "," + genres);
        return this;
    }

    MarketFixture rate(String user, String film, Instant at) {
        interactions.add(user + "," + film + ",8," + at);
        return this;
    }

    Path writeInteractions(Path dir) throws IOException {
        return Files.write(dir.resolve("interactions.csv"), interactions);
    }

    Path writeFilms(Path dir) throws IOException {
        return Files.write(dir.resolve("films.csv"), films);
    }

    static Path targets(Path dir, String... filmIds) throws IOException {
        List<String> lines = new ArrayList<>(List.of("film_id"));
        lines.addAll(List.of(filmIds));
        return Files.write(dir.resolve("targets.csv"), lines);
    }
}
