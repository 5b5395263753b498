package marquee.audience.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;

import marquee.audience.Film;
import marquee.audience.Interaction;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.RejectedRow;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    @Test
    void interactionsAreReadWithAnOptionalRating() {
        CsvRead<Interaction> rows = InteractionCsv.read(new StringReader("""
                user_id,film_id,rating,rated_at
                u1,tt1,8,2013-03-01T10:00:00Z
                u2,tt1,,2013-03-02T11:30:00Z
                """));

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.accepted()).containsExactly(
                new Interaction("u1", "tt1", 8.0, Instant.parse("2013-03-01T10:00:00Z")),
                new Interaction("u2", "tt1", null, Instant.parse("2013-03-02T11:30:00Z")));
    }

    @Test
    void badInteractionRowsAreRejectedWithTheirLineNumberAndReason() {
        CsvRead<Interaction> rows = InteractionCsv.read(new StringReader("""
                user_id,film_id,rating,rated_at
                u1,tt1,8,2013-03-01T10:00:00Z
                u2,tt1,great,2013-03-01T10:00:00Z
                u3,,7,2013-03-01T10:00:00Z
                u4,tt2,7,yesterday
                u5,tt2
                u6,tt3,6,2013-03-01T10:00:00Z
                """));

        assertThat(rows.accepted()).extracting(Interaction::userId).containsExactly("u1", "u6");
        assertThat(rows.rejected()).containsExactly(
                new RejectedRow(3, "rating is not a number: great"),
                new RejectedRow(4, "film_id is empty"),
                new RejectedRow(5, "rated_at is not an ISO-8601 UTC time: yesterday"),
                new RejectedRow(6, "wrong column count: expected 4 fields, found 2"));
    }

    @Test
    void filmsKeepTheirGenresAndRejectBadYearsAndDuplicates() {
        CsvRead<Film> rows = FilmCsv.read(new StringReader("""
                film_id,title,year,genres,extra
                tt1,"Nosferatu, eine Symphonie des Grauens",1922,Horror,x
                tt2,Iron Man 3,2013,Action|Adventure|Sci-Fi,x
                tt3,No Year,,Drama,x
                tt2,Iron Man 3 again,2013,Action,x
                tt4,Untitled,2013,,x
                """));

        assertThat(rows.accepted()).containsExactly(
                new Film("tt1", "Nosferatu, eine Symphonie des Grauens", 1922, java.util.List.of("Horror")),
                new Film("tt2", "Iron Man 3", 2013, java.util.List.of("Action", "Adventure", "Sci-Fi")),
                new Film("tt4", "Untitled", 2013, java.util.List.of()));
        assertThat(rows.rejected()).containsExactly(
                new RejectedRow(4, "year is empty"),
                new RejectedRow(5, "duplicate film_id tt2"));
    }

    @Test
    void aFileWithoutTheContractColumnsIsBadInput() {
        assertThatThrownBy(() -> InteractionCsv.read(new StringReader("user,film\nu1,tt1\n")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("lacks column(s) [user_id, film_id, rating, rated_at]");
        assertThatThrownBy(() -> FilmCsv.read(new StringReader("")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("empty");
    }
}
