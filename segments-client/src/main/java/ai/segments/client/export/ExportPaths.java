package ai.segments.client.export;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.internal.Arguments;
import java.nio.charset.StandardCharsets;

/**
 * The one rule for every path an export writes or references, for every sink: a path is relative,
 * {@code /}-separated, and stays inside the export. Each {@code /}-separated segment is non-empty
 * (no leading, trailing or doubled {@code /}), is not {@code .} or {@code ..}, does not start with
 * a drive letter ({@code C:}), holds no backslash and no control character, and is at most {@value
 * #MAX_SEGMENT_BYTES} bytes in UTF-8; the whole path is at most {@value #MAX_PATH_BYTES} bytes.
 * Every other character, also {@code :}, {@code ?} or non-ASCII letters, is kept as the SDK writes
 * it.
 */
final class ExportPaths {

  /** The longest segment: the file-name limit of common file systems (ext4, APFS, NTFS). */
  static final int MAX_SEGMENT_BYTES = 255;

  /** The longest path: Linux's {@code PATH_MAX}, well below a zip entry name's 65535 bytes. */
  static final int MAX_PATH_BYTES = 4096;

  private ExportPaths() {}

  /**
   * Requires a path that passes the rule.
   *
   * @param path the path
   * @return the path
   * @throws ValidationException naming the path and what is wrong with it
   */
  static String require(String path) {
    String problem = problem(path);
    if (problem != null) {
      throw invalid("export path " + quoted(path) + " " + problem);
    }
    return path;
  }

  /**
   * What is wrong with a path.
   *
   * @param path the path
   * @return the problem, e.g. {@code has a ".." segment}, or {@code null} if the path passes
   */
  static String problem(String path) {
    if (path == null || path.isEmpty()) {
      return "is empty";
    }
    if (longerThan(path, MAX_PATH_BYTES)) {
      return "is longer than " + MAX_PATH_BYTES + " bytes";
    }
    if (path.startsWith("/")) {
      return "is absolute";
    }
    for (String segment : path.split("/", -1)) {
      String problem = segmentProblem(segment);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String segmentProblem(String segment) {
    if (segment.isEmpty()) {
      return "has an empty segment";
    }
    if (".".equals(segment) || "..".equals(segment)) {
      return "has a \"" + segment + "\" segment";
    }
    if (segment.indexOf('\\') >= 0) {
      return "has a backslash";
    }
    if (segment.chars().anyMatch(Character::isISOControl)) {
      return "has a control character";
    }
    if (segment.length() >= 2 && segment.charAt(1) == ':' && isAsciiLetter(segment.charAt(0))) {
      return "has a drive-letter segment";
    }
    if (longerThan(segment, MAX_SEGMENT_BYTES)) {
      return "has a segment longer than " + MAX_SEGMENT_BYTES + " bytes";
    }
    return null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether text is longer than a number of UTF-8 bytes; encoded only when it could be. */
  private static boolean longerThan(String text, int maxBytes) {
    return text.length() * 3L > maxBytes && text.getBytes(StandardCharsets.UTF_8).length > maxBytes;
  }

  /**
   * A path or name in quotes, with control characters escaped so that messages stay on one line.
   *
   * @param text the text, or {@code null}
   * @return the quoted text
   */
  static String quoted(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    text.chars()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", c));
              } else {
                quoted.append((char) c);
              }
            });
    return quoted.append('"').toString();
  }

  /**
   * A validation failure of an export.
   *
   * @param problem what is wrong
   * @return the exception, to be thrown
   */
  static ValidationException invalid(String problem) {
    return Arguments.invalid(problem, SegmentsOperation.EXPORT_DATASET.operationName());
  }
}
