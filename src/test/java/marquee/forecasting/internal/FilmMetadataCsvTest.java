package marquee.forecasting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import marquee.shared.csv.CsvRead;
import org.junit.jupiter.api.Test;

class FilmMetadataCsvTest {

    @Test
    void reads_pipe_joined_lists_and_ignores_post_release_columns() throws IOException {
        String csv = "film_id,title,release_date,genres,directors,stars,runtime_min,formats,want_to_see,rating\n"
                + "m1,Film,2013-02-10,喜剧|爱情,冯小刚,葛优|舒淇,120,2D/IMAX 3D,56,8.4\n"
                + "m2,Film 2,someday,剧情,,,90,2D,1,1\n";

        CsvRead<FilmInfo> result = FilmMetadataCsv.read(new StringReader(csv), "films.csv");

        FilmInfo film = result.accepted().getFirst();
        assertThat(film.genres()).containsExactly("喜剧", "爱情");
        assertThat(film.stars()).containsExactly("葛优", "舒淇");
        assertThat(film.runtimeMin()).isEqualTo(120);
        assertThat(film.hasFormat("IMAX")).isTrue();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("release_date");
        });
    }
}
