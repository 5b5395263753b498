package marquee.boxoffice.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import marquee.shared.InvalidInput;

/**
 * A feed file's non-blank lines, one at a time, numbered as an editor shows them (the first line is 1),
 * so that a rejected row can be named by its line. A byte-order mark at the start is dropped.
 */
final class FeedLines implements AutoCloseable {

    record Line(long number, String text) {}

    private final BufferedReader reader;
    private long number;

    private FeedLines(BufferedReader reader) {
        this.reader = reader;
    }

    static FeedLines open(Path file) {
        try {
            return new FeedLines(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidInput("file", "does not exist: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next non-blank line, or null at the end of the file. */
    Line next() {
        try {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (number == 1) {
                    text = text.replace("\uFEFF", "");
                }
                if (!text.isBlank()) {
                    return new Line(number, text);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
