package marquee.forecasting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.RejectedRow;
import org.junit.jupiter.api.Test;

/** Forecasting reads its history through the box office's daily feed parser, and keeps its own rule for a file with no valid row. */
class DailyHistoryTest {

    private static final String HEADER = "film_id,title,release_date,date,gross,admissions,screenings,cumulative_gross,theaters\n";

    private static CsvRead<BoxOfficeDay> read(String csv) throws IOException {
        return DailyHistory.read(new StringReader(csv), "test.csv", DailyHistory.ANY_CURRENCY);
    }

    @Test
    void reads_gross_as_decimal_major_units_into_minor_units() throws IOException {
        CsvRead<BoxOfficeDay> result = read(HEADER + "f1,Film,2013-01-04,2013-01-04,1234.56,,,1234.56,2900\n");

        BoxOfficeDay day = result.accepted().getFirst();
        assertThat(day.grossMinor()).isEqualTo(123456);
        assertThat(day.cumulativeMinor()).isEqualTo(123456);
        assertThat(day.theaters()).isEqualTo(2900);
        assertThat(day.date()).isEqualTo(LocalDate.of(2013, 1, 4));
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void rejects_bad_rows_with_their_line_number_and_reason_and_keeps_the_good_ones() throws IOException {
        CsvRead<BoxOfficeDay> result = read(HEADER
                + "f1,Film,2013-01-04,2013-01-04,100,,,100,\n"          // line 2: fine
                + "f1,Film,2013-01-04,2013-13-05,100,,,200,\n"          // line 3: bad date
                + "f1,Film,2013-01-04,2013-01-06,-5,,,195,\n"           // line 4: negative gross
                + ",Film,2013-01-04,2013-01-07,10,,,205,\n"             // line 5: no film id
                + "f1,Film,2013-01-04,2013-01-08,ten,,,215,\n");        // line 6: gross not a number

        assertThat(result.accepted()).hasSize(1);
        assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(result.rejected().get(0).reason()).contains("date").contains("2013-13-05");
        assertThat(result.rejected().get(1).reason()).contains("negative");
        assertThat(result.rejected().get(2).reason()).contains("film_id");
        assertThat(result.rejected().get(3).toString()).isEqualTo("line 6: gross is not a number: 'ten'");
    }

    @Test
    void a_file_without_a_required_column_is_unusable() {
        assertThatThrownBy(() -> read("film_id,title,date,gross\nf1,Film,2013-01-04,100\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("release_date");
    }

    @Test
    void a_file_without_any_valid_row_is_unusable_and_names_the_first_problem() {
        assertThatThrownBy(() -> read(HEADER + "f1,Film,2013-01-04,yesterday,100,,,100,\n"))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void final_gross_is_the_last_running_total_when_present_else_the_sum_of_days() throws IOException {
        BoxOfficeHistory withTotals = BoxOfficeHistory.of(read(HEADER
                + "f1,Film,2013-01-04,2013-01-04,100,,,100,\n"
                + "f1,Film,2013-01-04,2013-01-05,50,,,180,\n").accepted());   // a day missing from the rows
        BoxOfficeHistory withoutTotals = BoxOfficeHistory.of(read(HEADER
                + "f1,Film,2013-01-04,2013-01-04,100,,,,\n"
                + "f1,Film,2013-01-04,2013-01-05,50,,,,\n").accepted());

        assertThat(withTotals.curves().getFirst().finalGross()).isEqualTo(180);
        assertThat(withoutTotals.curves().getFirst().finalGross()).isEqualTo(150);
        assertThat(withTotals.curves().getFirst().grossThrough(1)).isEqualTo(100);
    }
}
