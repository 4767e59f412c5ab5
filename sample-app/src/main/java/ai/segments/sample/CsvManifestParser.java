package ai.segments.sample;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV import manifest (RFC 4180: comma-separated, fields optionally in double quotes,
 * {@code ""} for a quote inside a quoted field) from a stream, record by record: the text is never
 * held whole, only the entries.
 *
 * <p>The first record is the header. It must have the columns {@code name} and {@code url} (in any
 * order, case-insensitive); every other column is a metadata key, and a non-empty cell under it
 * becomes that metadata value (a string). Blank lines are skipped. A record with a missing cell
 * yields an entry with a {@code null} field, which the import reports as failed rather than
 * rejecting the whole manifest.
 */
public final class CsvManifestParser {

  private static final int QUOTE = '"';
  private static final int COMMA = ',';
  private static final int CR = '\r';
  private static final int LF = '\n';
  private static final int END = -1;
  private static final int NONE = -2;

  private final int maxEntries;

  /**
   * Creates a parser.
   *
   * @param maxEntries the most entries a manifest may have ({@code sample.imports.max-entries})
   */
  public CsvManifestParser(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /**
   * Parses a CSV manifest.
   *
   * @param csv the manifest text, read to its end (not closed)
   * @return the entries, in manifest order
   * @throws IOException if reading fails
   * @throws InvalidManifestException when the header lacks {@code name} or {@code url}, or a quoted
   *     field is not closed
   * @throws org.springframework.web.ErrorResponseException a 413 problem when the manifest has more
   *     than the allowed entries
   */
  public List<ManifestEntry> parse(Reader csv) throws IOException {
    Records records = new Records(csv);
    List<String> first = records.next();
    if (first == null) {
      return List.of();
    }
    List<String> header = first.stream().map(String::trim).toList();
    int nameColumn = column(header, "name");
    int urlColumn = column(header, "url");
    List<ManifestEntry> entries = new ArrayList<>();
    for (List<String> cells = records.next(); cells != null; cells = records.next()) {
      if (entries.size() == this.maxEntries) {
        throw SampleProblems.importTooLarge(
            "The manifest has more than "
                + this.maxEntries
                + " entries (sample.imports.max-entries)");
      }
      Map<String, Object> metadata = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String value = cell(cells, i);
        if (i != nameColumn && i != urlColumn && value != null) {
          metadata.put(header.get(i), value);
        }
      }
      entries.add(new ManifestEntry(cell(cells, nameColumn), cell(cells, urlColumn), metadata));
    }
    return entries;
  }

  private static int column(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(name)) {
        return i;
      }
    }
    throw new InvalidManifestException(
        "The CSV header must have the columns 'name' and 'url' (found " + header + ")");
  }

  private static String cell(List<String> cells, int index) {
    if (index >= cells.size()) {
      return null;
    }
    String value = cells.get(index).trim();
    return value.isEmpty() ? null : value;
  }

  /** Reads records of fields one at a time; blank lines are skipped. */
  private static final class Records {

    private final Reader in;
    private int lookahead = NONE;

    Records(Reader in) {
      this.in = in;
    }

    /** The next non-blank record, or {@code null} at the end of the text. */
    List<String> next() throws IOException {
      while (true) {
        if (peek() == END) {
          return null;
        }
        List<String> fields = record();
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
          return fields;
        }
      }
    }

    private List<String> record() throws IOException {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      while (true) {
        int c = read();
        if (quoted) {
          if (c == END) {
            throw new InvalidManifestException("The CSV manifest ends inside a quoted field");
          } else if (c == QUOTE && peek() == QUOTE) {
            field.append((char) read());
          } else if (c == QUOTE) {
            quoted = false;
          } else {
            field.append((char) c);
          }
        } else if (c == QUOTE) {
          quoted = true;
        } else if (c == COMMA) {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == END || c == LF || c == CR) {
          if (c == CR && peek() == LF) {
            read();
          }
          fields.add(field.toString());
          return fields;
        } else {
          field.append((char) c);
        }
      }
    }

    private int peek() throws IOException {
      if (this.lookahead == NONE) {
        this.lookahead = this.in.read();
      }
      return this.lookahead;
    }

    private int read() throws IOException {
      int c = peek();
      this.lookahead = NONE;
      return c;
    }
  }
}
