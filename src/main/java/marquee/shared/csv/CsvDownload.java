package marquee.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table of the console as a CSV file to download, for lists the page shows only a page of: UTF-8 with a byte order
 * mark (so that Excel opens Chinese text correctly), RFC 4180 quoting, CRLF line ends, as the console's export.js writes.
 */
public final class CsvDownload {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvDownload() {
    }

    /** The file {@code fileName} (".csv" is added) with the header and the rows, each value as its text. */
    public static ResponseEntity<byte[]> of(String fileName, List<String> header, Iterable<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                out.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName + ".csv", StandardCharsets.UTF_8).build().toString())
                .contentType(CSV)
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
