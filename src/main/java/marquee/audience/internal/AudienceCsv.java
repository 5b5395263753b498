package marquee.audience.internal;

import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import marquee.shared.csv.CsvRead;
import marquee.shared.csv.CsvReader;
import marquee.shared.csv.UnusableCsv;

/** The audience files, read through the application's one CSV reader; a file it cannot use is bad input (exit 1). */
final class AudienceCsv {

    private AudienceCsv() {
    }

    static <T> CsvRead<T> read(Path file, List<String> required, CsvReader.RowParser<T> parser) {
        try {
            return CsvReader.read(file, required, parser);
        } catch (UnusableCsv e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static <T> CsvRead<T> read(Reader text, String name, List<String> required, CsvReader.RowParser<T> parser) {
        try (CsvReader reader = CsvReader.of(text, name, required)) {
            return reader.all(parser);
        } catch (UnusableCsv e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
