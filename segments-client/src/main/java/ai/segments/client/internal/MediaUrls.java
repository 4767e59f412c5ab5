package ai.segments.client.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** Parses the URLs of images and label bitmaps that the API hands out, which may be malformed. */
public final class MediaUrls {

  private MediaUrls() {}

  /**
   * Parses an absolute URL with a host.
   *
   * @param url the URL
   * @param what what the URL points to, for the message
   * @param operation the operation name
   * @return the URL
   * @throws ai.segments.client.exception.ValidationException if the URL is malformed, relative or
   *     has no host (the message names the problem and its index, not the URL)
   */
  public static URI parse(String url, String what, String operation) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException ex) {
      throw Arguments.invalid(
          "the "
              + what
              + " URL is malformed ("
              + ex.getReason()
              + " at index "
              + ex.getIndex()
              + ")",
          operation);
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw Arguments.invalid("the " + what + " URL is not an absolute URL with a host", operation);
    }
    return uri;
  }
}
