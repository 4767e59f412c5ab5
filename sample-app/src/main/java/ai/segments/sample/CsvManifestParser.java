package ai.segments.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV import manifest (RFC 4180: comma-separated, fields optionally in double quotes,
 * {@code ""} for a quote inside a quoted field).
 *
 * <p>The first record is the header. It must have the columns {@code name} and {@code url} (in any
 * order, case-insensitive); every other column is a metadata key, and a non-empty cell under it
 * becomes that metadata value (a string). Blank lines are skipped. A record with a missing cell
 * yields an entry with a {@code null} field, which the import reports as failed rather than
 * rejecting the whole manifest.
 */
public final class CsvManifestParser {

  private static final char QUOTE = '"';
  private static final char COMMA = ',';

  /**
   * Parses a CSV manifest.
   *
   * @param csv the manifest text
   * @return the entries, in manifest order
   * @throws InvalidManifestException when the header lacks {@code name} or {@code url}, or a quoted
   *     field is not closed
   */
  public List<ManifestEntry> parse(String csv) {
    List<List<String>> records = records(csv);
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0).stream().map(c -> c.trim()).toList();
    int nameColumn = column(header, "name");
    int urlColumn = column(header, "url");
    List<ManifestEntry> entries = new ArrayList<>();
    for (List<String> cells : records.subList(1, records.size())) {
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

  /** Splits the text into records of fields; blank lines are dropped. */
  private static List<List<String>> records(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == QUOTE && i + 1 < csv.length() && csv.charAt(i + 1) == QUOTE) {
          field.append(QUOTE);
          i++;
        } else if (c == QUOTE) {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == QUOTE) {
        quoted = true;
      } else if (c == COMMA) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        endRecord(records, fields, field);
        fields = new ArrayList<>();
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new InvalidManifestException("The CSV manifest ends inside a quoted field");
    }
    endRecord(records, fields, field);
    return records;
  }

  private static void endRecord(
      List<List<String>> records, List<String> fields, StringBuilder field) {
    fields.add(field.toString());
    field.setLength(0);
    boolean blank = fields.size() == 1 && fields.get(0).isBlank();
    if (!blank) {
      records.add(fields);
    }
  }
}
