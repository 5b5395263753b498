package marquee.forecasting.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a UTF-8 CSV file for one of the readers, turning a missing or unreadable file into a clear error. */
final class CsvFile {

    /** A reader of an open file; {@code name} is what error messages call it. */
    interface Contents<T> {
        CsvReadResult<T> read(Reader reader, String name) throws IOException;
    }

    private CsvFile() {
    }

    static <T> CsvReadResult<T> read(Path file, Contents<T> contents) {
        if (!Files.isReadable(file)) {
            throw new UnusableInputException("cannot read " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return contents.read(reader, file.toString());
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
