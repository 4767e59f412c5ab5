package ai.segments.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes raw request paths and query strings.
 *
 * <p>Each path segment is percent-decoded exactly once, after splitting the raw path on {@code /},
 * so an encoded {@code %2F} stays inside its segment and {@code +} stays a plus. Query values are
 * percent-decoded too; a raw {@code +} in a query value is kept as a literal plus (Java's {@code
 * URI} convention: clients send a plus as {@code %2B}, a space as {@code %20}).
 */
final class PathCodec {

  private PathCodec() {}

  /** The decoded segments of a raw path, ignoring the leading and a trailing slash. */
  static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      return segments;
    }
    for (String raw : path.split("/", -1)) {
      segments.add(decode(raw));
    }
    return segments;
  }

  /** The decoded parameters of a raw query string; the first value of a repeated key wins. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(key, value);
    }
    return params;
  }

  /** Percent-decodes UTF-8; malformed escapes are kept verbatim. */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (c == '%' && hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
