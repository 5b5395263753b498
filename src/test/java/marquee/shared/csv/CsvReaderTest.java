package marquee.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV reader: what every importer and reader of the application can count on. */
class CsvReaderTest {

    private static CsvRead<String> read(String text, List<String> required) {
        try (CsvReader reader = CsvReader.of(new StringReader(text), "test.csv", required)) {
            return reader.all(row -> row.line() + ":" + row.value("id") + "=" + row.value("name"));
        }
    }

    @Test
    void a_byte_order_mark_and_the_case_of_the_header_do_not_matter() {
        CsvRead<String> read = read("\uFEFF ID ,Name\n1,One\n", List.of("id", "name"));

        assertThat(read.accepted()).containsExactly("2:1=One");
    }

    @Test
    void rows_are_named_by_the_physical_line_they_start_on() {
        CsvRead<String> read = read("id,name\n\n1,\"One\nand a half\"\n2,Two\n\n3,\"Th\"\"ree\"\n4,12\" vinyl\n",
                List.of("id"));

        assertThat(read.accepted()).containsExactly("3:1=One\nand a half", "5:2=Two", "7:3=Th\"ree", "8:4=12\" vinyl");
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void a_broken_row_costs_only_its_own_line() {
        CsvRead<String> read = read("""
                id,name
                1,"never closed
                2,Two
                3,"closed"late
                4,Four,extra
                5
                6,Six
                """, List.of("id"));

        assertThat(read.accepted()).containsExactly("3:2=Two", "7:6=Six");
        assertThat(read.rejected()).containsExactly(
                new RejectedRow(2, "malformed quoting"),
                new RejectedRow(4, "malformed quoting"),
                new RejectedRow(5, "wrong column count: expected 2 fields, found 3"),
                new RejectedRow(6, "wrong column count: expected 2 fields, found 1"));
    }

    @Test
    void a_row_refused_by_its_parser_is_rejected_and_the_reading_goes_on() {
        try (CsvReader reader = CsvReader.of(new StringReader("id\n1\n\n2\n"), "test.csv", List.of("id"))) {
            CsvRead<String> read = reader.all(row -> row.value("id").equals("1") ? row.required("missing") : "ok");

            assertThat(read.accepted()).containsExactly("ok");
            assertThat(read.rejected()).containsExactly(new RejectedRow(2, "missing is empty"));
            assertThat(read.rejected().getFirst()).hasToString("line 2: missing is empty");
        }
    }

    @Test
    void a_file_without_a_header_or_a_required_column_is_unusable() {
        assertThatThrownBy(() -> read("", List.of("id")))
                .isInstanceOf(UnusableCsv.class).hasMessageContaining("test.csv is empty");
        assertThatThrownBy(() -> read("id,title\n1,x\n", List.of("id", "name", "year")))
                .isInstanceOf(UnusableCsv.class).hasMessageContaining("lacks column(s) [name, year]")
                .hasFieldOrPropertyWithValue("field", "file");
    }
}
