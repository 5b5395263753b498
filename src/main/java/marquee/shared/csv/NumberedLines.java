package marquee.shared.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A UTF-8 text file's lines, numbered as an editor shows them (the first line is 1), so that a rejected
 * row can be named by the line a person finds it on. A byte-order mark at the start is dropped: editors
 * on Windows write one, and it would otherwise stick to the first column's name.
 */
public final class NumberedLines implements AutoCloseable {

    public record Line(long number, String text) {

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    private final BufferedReader reader;
    private final String name;
    private long number;
    private Line peeked;

    private NumberedLines(Reader reader, String name) {
        this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.name = name;
    }

    public static NumberedLines open(Path file) {
        try {
            return new NumberedLines(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new UnusableCsv("does not exist: " + file);
        } catch (IOException e) {
            throw new UnusableCsv("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Lines of text already open; {@code name} is what messages call it. */
    public static NumberedLines of(Reader reader, String name) {
        return new NumberedLines(reader, name);
    }

    public String name() {
        return name;
    }

    /** The next line that is not blank, or null at the end of the file. */
    public Line next() {
        for (Line line = nextAny(); line != null; line = nextAny()) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /** The next non-blank line without taking it, or null at the end of the file. */
    public Line peek() {
        if (peeked == null || peeked.isBlank()) {
            peeked = next();
        }
        return peeked;
    }

    /** The next line, blank or not (a quoted value may hold a blank line), or null at the end of the file. */
    Line nextAny() {
        if (peeked != null) {
            Line line = peeked;
            peeked = null;
            return line;
        }
        try {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Line(number, text);
        } catch (UncheckedIOException e) {
            throw new UnusableCsv("cannot read " + name + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new UnusableCsv("cannot read " + name + ": " + e.getMessage());
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
