package ai.segments.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads request bodies within the emulator's limits, like the API's: at most {@code maxBodySize}
 * bytes as sent and, for {@code Content-Encoding: gzip}, at most {@code maxDecodedBodySize} bytes
 * once gunzipped. Beyond either limit the request is answered with 413 and a JSON {@code detail},
 * and the body is never held whole in memory: it is read at most one byte past the limit, and a
 * gzip body is inflated at most one byte past its limit.
 *
 * <p>The unread rest of a refused request's body is discarded as it arrives (never buffered or
 * decompressed), up to {@value #DISCARD_LIMIT} bytes, so its client can read the answer; beyond
 * that the connection is closed after the answer.
 */
final class RequestBodyReader {

  /** The default for both limits: 32 MiB. */
  static final int DEFAULT_LIMIT = 32 * 1024 * 1024;

  /** The largest limit: the largest array the JVM allocates. */
  static final int MAX_LIMIT = Integer.MAX_VALUE - 8;

  /** How many bytes of a refused request's body are discarded before the connection is closed. */
  static final int DISCARD_LIMIT = 8 * 1024 * 1024;

  private final int maxBodySize;
  private final int maxDecodedBodySize;

  /**
   * Creates a reader.
   *
   * @param maxBodySize the largest body as sent, in bytes
   * @param maxDecodedBodySize the largest gunzipped body, in bytes
   * @throws IllegalArgumentException for a limit below 1 or above {@link #MAX_LIMIT}
   */
  RequestBodyReader(int maxBodySize, int maxDecodedBodySize) {
    this.maxBodySize = checkLimit(maxBodySize, "maxBodySize");
    this.maxDecodedBodySize = checkLimit(maxDecodedBodySize, "maxDecodedBodySize");
  }

  /**
   * Checks a body size limit.
   *
   * @param limit the limit in bytes
   * @param name the option's name for the message
   * @return the limit
   * @throws IllegalArgumentException for a limit below 1 or above {@link #MAX_LIMIT}
   */
  static int checkLimit(int limit, String name) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(name + " must be between 1 and " + MAX_LIMIT + " bytes");
    }
    return limit;
  }

  /**
   * Reads the body, gunzipped when it is gzip-encoded.
   *
   * @param exchange the exchange
   * @return the (decoded) body
   * @throws ApiException 413 beyond a limit, 400 for a malformed gzip body
   * @throws IOException if the client went away
   */
  byte[] read(HttpExchange exchange) throws IOException {
    if (declaredLength(exchange) > maxBodySize) {
      throw tooLarge("Request body is larger than " + maxBodySize + " bytes.");
    }
    byte[] body = exchange.getRequestBody().readNBytes(maxBodySize + 1);
    if (body.length > maxBodySize) {
      throw tooLarge("Request body is larger than " + maxBodySize + " bytes.");
    }
    return gzipped(exchange) && body.length > 0 ? gunzip(body) : body;
  }

  /**
   * Discards what is left of the request body, up to {@value #DISCARD_LIMIT} bytes.
   *
   * @param exchange the exchange
   */
  static void discardRest(HttpExchange exchange) {
    InputStream in = exchange.getRequestBody();
    byte[] buffer = new byte[8192];
    long discarded = 0;
    try {
      int n;
      while (discarded <= DISCARD_LIMIT && (n = in.read(buffer)) >= 0) {
        discarded += n;
      }
    } catch (IOException e) {
      // The client went away: nothing to discard.
    }
  }

  private byte[] gunzip(byte[] body) {
    byte[] decoded;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      decoded = in.readNBytes(maxDecodedBodySize + 1);
    } catch (IOException e) {
      throw ApiException.badRequest("Malformed gzip request body.");
    }
    if (decoded.length > maxDecodedBodySize) {
      throw tooLarge("Decompressed request body is larger than " + maxDecodedBodySize + " bytes.");
    }
    return decoded;
  }

  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean gzipped(HttpExchange exchange) {
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    return encoding != null && encoding.trim().equalsIgnoreCase("gzip");
  }

  private static ApiException tooLarge(String detail) {
    return ApiException.detail(413, detail);
  }
}
