package ai.segments.client.internal;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.download.UrlOrigin;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.exception.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One HTTP attempt: sends the request with the API headers, follows redirects of reads itself
 * (dropping the API key when the redirect leaves the API's origin), and turns the response into a
 * parsed body or a typed exception.
 */
final class HttpExchange {

  private static final int MAX_REDIRECTS = 5;
  private static final int MAX_THROTTLE_CHECK_BYTES = 1024;

  private final RestClient restClient;
  private final URI baseUrl;
  private final UrlOrigin apiOrigin;
  private final JsonCodec codec;
  private final Supplier<String> apiKey;
  private final Redactor redactor;
  private final Clock clock;

  HttpExchange(
      RestClient restClient, URI baseUrl, JsonCodec codec, Supplier<String> apiKey, Clock clock) {
    this.restClient = restClient;
    this.baseUrl = baseUrl;
    this.apiOrigin = UrlOrigin.of(baseUrl);
    this.codec = codec;
    this.apiKey = apiKey;
    this.redactor = Redactor.of(apiKey);
    this.clock = clock;
  }

  <T> SegmentsResponse<T> send(ApiRequest request, SegmentsCall call) {
    String operation = request.operation().operationName();
    byte[] payload =
        (request.body() != null)
            ? this.codec.write(request.body(), request.compressed(), operation)
            : null;
    URI target = request.uri(this.baseUrl);
    RestClient.RequestBodySpec spec =
        this.restClient
            .method(request.operation().method())
            .uri(target)
            .headers(headers -> apiHeaders(headers, call.attempt(), true));
    if (payload != null) {
      spec.headers(headers -> jsonBodyHeaders(headers, payload.length, request.compressed()))
          .body(out -> out.write(payload));
    }
    return exchange(operation, spec, response -> handle(request, call, target, response, 0));
  }

  void sendForm(String operation, URI url, MultipartForm form) {
    RestClient.RequestBodySpec spec =
        this.restClient
            .post()
            .uri(url)
            .contentType(form.contentType())
            .headers(headers -> headers.setContentLength(form.contentLength()));
    spec.body(form::writeTo);
    exchange(
        operation,
        spec,
        response -> {
          byte[] body = readBounded(response, operation);
          int status = response.getStatusCode().value();
          if (status >= 300) {
            throw failure(operation, response, body);
          }
          return null;
        });
  }

  /**
   * Streams a {@code GET} of an absolute URL outside the API (without the API key) into a file,
   * gunzipped when the server compressed it, and at most {@code maxBytes} of it, within the read
   * timeout and deadline of {@code downloads}.
   */
  SegmentsResponse<Path> download(
      String operation, URI url, Path target, long maxBytes, Downloads downloads) {
    RestClient.RequestHeadersSpec<?> spec =
        downloads.restClient().get().get().uri(url).header(HttpHeaders.ACCEPT_ENCODING, "gzip");
    try (DownloadTimer timer = DownloadTimer.start(downloads.readTimeout(), downloads.deadline())) {
      try {
        return exchange(
            operation,
            spec,
            response -> {
              InputStream body =
                  timer.watch(response.getBody(), downloads.transport()::abortDownload);
              int status = response.getStatusCode().value();
              if (status >= 300) {
                throw failure(operation, response, readBounded(response, body, operation));
              }
              String encoding = response.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
              try (InputStream raw = body;
                  InputStream in = isGzip(encoding) ? new GZIPInputStream(raw) : raw;
                  OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(new BoundedOutputStream(out, maxBytes, operation));
              }
              return new SegmentsResponse<>(status, target);
            });
      } catch (SegmentsException ex) {
        boolean timedOut = timer.expiry() != null || ex instanceof SegmentsTimeoutException;
        throw timedOut ? timedOut(operation, timer, ex) : ex;
      }
    }
  }

  /**
   * A download the timer (or the transport's own timeout, set to the same read timeout) ended: past
   * the read timeout a transport failure (retried like one), past the deadline a final one (a retry
   * would only take as long again).
   */
  private static SegmentsTimeoutException timedOut(
      String operation, DownloadTimer timer, SegmentsException cause) {
    SegmentsErrorDetails details =
        timer.deadlinePassed()
            ? SegmentsErrorDetails.beforeRequest(operation)
            : SegmentsErrorDetails.transport(operation);
    return new SegmentsTimeoutException(
        operation + " timed out: " + timer.reason(), cause, details);
  }

  @FunctionalInterface
  private interface ResponseHandler<R> {
    R handle(ClientHttpResponse response) throws IOException;
  }

  private <R> R exchange(
      String operation, RestClient.RequestHeadersSpec<?> spec, ResponseHandler<R> handler) {
    try {
      return spec.exchange((request, response) -> handler.handle(response), true);
    } catch (ResourceAccessException ex) {
      throw transportFailure(operation, ex);
    }
  }

  private <T> SegmentsResponse<T> handle(
      ApiRequest request, SegmentsCall call, URI uri, ClientHttpResponse response, int redirects)
      throws IOException {
    String operation = request.operation().operationName();
    int status = response.getStatusCode().value();
    URI location = (status >= 300 && status < 400) ? response.getHeaders().getLocation() : null;
    if (location != null) {
      return followRedirect(request, call, uri.resolve(location), redirects, response, operation);
    }
    byte[] body = readBounded(response, operation);
    if (status >= 300) {
      throw failure(operation, response, body);
    }
    rejectThrottledSuccess(operation, status, body);
    T value =
        (request.responseType() != null && status != 204)
            ? this.codec.read(
                body,
                request.responseType(),
                operation,
                status,
                () -> ResponseText.of(body, this.redactor).excerpt())
            : null;
    return new SegmentsResponse<>(status, value);
  }

  private <T> SegmentsResponse<T> followRedirect(
      ApiRequest request,
      SegmentsCall call,
      URI target,
      int redirects,
      ClientHttpResponse response,
      String operation)
      throws IOException {
    if (request.operation().method() != HttpMethod.GET || redirects >= MAX_REDIRECTS) {
      throw failure(operation, response, readBounded(response, operation));
    }
    boolean sameOrigin = isApiOrigin(target);
    RestClient.RequestHeadersSpec<?> spec =
        this.restClient
            .get()
            .uri(target)
            .headers(headers -> apiHeaders(headers, call.attempt(), sameOrigin));
    return spec.exchange(
        (next, nextResponse) -> handle(request, call, target, nextResponse, redirects + 1), true);
  }

  /** Whether a URL is on the API's origin (scheme, host and port of the base URL). */
  boolean isApiOrigin(URI target) {
    return this.apiOrigin.equals(UrlOrigin.of(target));
  }

  private void apiHeaders(HttpHeaders headers, int attempt, boolean withKey) {
    String key = this.apiKey.get();
    if (withKey && key != null && !key.isEmpty()) {
      headers.set(HttpHeaders.AUTHORIZATION, "APIKey " + key);
    }
    headers.set("X-source", SegmentsLibrary.source());
    headers.set(HttpHeaders.USER_AGENT, SegmentsLibrary.userAgent());
    headers.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    headers.set(HttpHeaders.ACCEPT_ENCODING, "gzip");
    if (attempt > 1) {
      headers.set(SegmentsCall.RETRY_COUNT_HEADER, Integer.toString(attempt - 1));
    }
  }

  private static void jsonBodyHeaders(HttpHeaders headers, int length, boolean compressed) {
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setContentLength(length);
    if (compressed) {
      headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
  }

  private void rejectThrottledSuccess(String operation, int status, byte[] body) {
    if (body.length == 0
        || body.length > MAX_THROTTLE_CHECK_BYTES
        || body[0] != '{'
        || !new String(body, StandardCharsets.ISO_8859_1).contains("throttled")) {
      return;
    }
    // Only the API's own {"detail": "...throttled..."}: a created resource may mention the word.
    String detail = ResponseText.jsonDetail(body, this.redactor);
    if (detail != null && detail.contains("throttled")) {
      throw new ApiLimitException(
          operation + " was throttled: " + detail,
          null,
          SegmentsErrorDetails.response(
              operation, status, ResponseText.of(body, this.redactor).excerpt(), null));
    }
  }

  private SegmentsException failure(String operation, ClientHttpResponse response, byte[] body)
      throws IOException {
    return ErrorClassifier.classify(
        operation,
        response.getStatusCode().value(),
        ResponseText.of(body, this.redactor),
        RetryAfter.parse(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), this.clock));
  }

  /**
   * Reads the whole body, gunzipped when the server compressed it (Apache HttpClient has already
   * done so and dropped the header; the JDK client leaves it to us), and at most the codec's
   * response size limit of it, before and after decompression.
   */
  private byte[] readBounded(ClientHttpResponse response, String operation) throws IOException {
    return readBounded(response, response.getBody(), operation);
  }

  private byte[] readBounded(ClientHttpResponse response, InputStream body, String operation)
      throws IOException {
    int limit = this.codec.maxResponseBytes();
    byte[] bytes;
    long length = response.getHeaders().getContentLength();
    try (InputStream in = body) {
      if (length >= 0 && length <= limit) {
        // Known length: one exact buffer instead of readNBytes' chunk list and final copy.
        bytes = new byte[(int) length];
        int read = in.readNBytes(bytes, 0, bytes.length);
        bytes = (read == bytes.length) ? bytes : Arrays.copyOf(bytes, read);
        // Read on to the end: the JDK client drops a connection whose body is closed unfinished.
        in.read();
      } else {
        bytes = bounded(in, limit, response, operation);
      }
    }
    String encoding = response.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING);
    if (bytes.length > 0 && isGzip(encoding)) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = bounded(in, limit, response, operation);
      }
    }
    return bytes;
  }

  private static byte[] bounded(
      InputStream in, int limit, ClientHttpResponse response, String operation) throws IOException {
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      throw new ValidationException(
          operation
              + ": the response is larger than the limit of "
              + limit
              + " bytes (maxResponseSize, segments.max-response-size)",
          null,
          SegmentsErrorDetails.response(operation, response.getStatusCode().value(), null, null));
    }
    return body;
  }

  private static boolean isGzip(String encoding) {
    return encoding != null
        && (encoding.trim().equalsIgnoreCase("gzip") || encoding.trim().equalsIgnoreCase("x-gzip"));
  }

  private SegmentsException transportFailure(String operation, ResourceAccessException ex) {
    Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
    String reason =
        this.redactor.redact(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    SegmentsErrorDetails details = SegmentsErrorDetails.transport(operation);
    if (cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException) {
      return new SegmentsTimeoutException(
          operation + " timed out without a response (" + reason + ")", cause, details);
    }
    return new NetworkException(
        operation + " failed without a response (" + reason + ")", cause, details);
  }
}
