package ai.segments.client.export;

import java.net.URI;

/** File names as the SDK builds them, with Python's {@code os.path} rules. */
final class SdkNames {

  private SdkNames() {}

  /** Python's {@code os.path.splitext(path)[0]}: drops the last extension of the last segment. */
  static String withoutExtension(String path) {
    return path.substring(0, path.length() - extension(path).length());
  }

  /**
   * Python's {@code os.path.splitext(path)[1]}: from the last dot of the last segment, unless that
   * segment starts with its only dots.
   */
  static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash + 1) {
      return "";
    }
    for (int i = slash + 1; i < dot; i++) {
      if (path.charAt(i) != '.') {
        return path.substring(dot);
      }
    }
    return "";
  }

  /** Python's {@code os.path.basename}. */
  static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The SDK's image {@code file_name}: the sample name without extension plus the extension of the
   * image URL's path.
   */
  static String imageFileName(String sampleName, String imageUrl) {
    String urlPath = "";
    if (imageUrl != null) {
      try {
        urlPath = String.valueOf(URI.create(imageUrl).getRawPath());
      } catch (IllegalArgumentException ex) {
        urlPath = "";
      }
    }
    return withoutExtension(sampleName) + extension(urlPath);
  }

  /** The stem of label files: {@code splitext(basename(sample name))[0]}. */
  static String labelStem(String sampleName) {
    return withoutExtension(basename(sampleName));
  }
}
