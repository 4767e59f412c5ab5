package ai.segments.emulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal {@code multipart/form-data} parser for the emulated S3 presigned POST. */
final class Multipart {

  /** One form part: its field name, optional file name, content type and bytes. */
  record Part(String name, String filename, String contentType, byte[] bytes) {

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  private Multipart() {}

  /** The parts by field name, in order; 400 when the body is not multipart form data. */
  static Map<String, Part> parse(String contentType, byte[] body) {
    Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
    if (contentType == null || !contentType.startsWith("multipart/form-data") || !boundary.find()) {
      throw ApiException.badRequest("Expected multipart/form-data.");
    }
    byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, Part> parts = new LinkedHashMap<>();
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headerStart = start + delimiter.length + 2;
      int next = indexOf(body, delimiter, headerStart);
      if (next < 0 || headerStart > body.length) {
        break;
      }
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
      if (headerEnd < 0 || headerEnd > next) {
        break;
      }
      String headers =
          new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
      byte[] content =
          java.util.Arrays.copyOfRange(body, headerEnd + 4, Math.max(headerEnd + 4, next - 2));
      Part part =
          new Part(find(NAME, headers), find(FILENAME, headers), contentTypeOf(headers), content);
      if (part.name() != null) {
        parts.put(part.name(), part);
      }
      start = next;
    }
    return parts;
  }

  private static String find(Pattern pattern, String headers) {
    Matcher matcher = pattern.matcher(headers);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String contentTypeOf(String headers) {
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
        return line.substring("content-type:".length()).trim();
      }
    }
    return null;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
