package ai.segments.client.internal;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.download.DownloadPolicy;
import ai.segments.client.exception.SegmentsException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.web.client.RestClient;

/**
 * Runs {@link ApiRequest}s: through the {@link SegmentsCallInterceptor} chain to one HTTP exchange
 * per attempt.
 */
public final class ApiExecutor {

  private final RestClient restClient;
  private final URI baseUrl;
  private final JsonCodec codec;
  private final Supplier<String> apiKey;
  private final List<SegmentsCallInterceptor> interceptors;
  private final Clock clock;
  private final HttpExchange exchange;
  private final ClientLifecycle lifecycle;
  private final ApiKeyId apiKeyId;
  private final Downloads downloads;

  /**
   * Creates an executor.
   *
   * @param restClient the client, with the API base URL and strict URI-variable encoding
   * @param baseUrl the API base URL; redirects elsewhere are followed without the API key
   * @param codec serializes request bodies and reads responses
   * @param apiKey supplies the API key, read on every request
   * @param interceptors the interceptors, outermost first
   * @param clock the clock {@code Retry-After} dates are measured against
   * @param lifecycle whether the client is closed; every call checks it first
   * @param downloads how files outside the API are downloaded
   */
  public ApiExecutor(
      RestClient restClient,
      URI baseUrl,
      JsonCodec codec,
      Supplier<String> apiKey,
      List<SegmentsCallInterceptor> interceptors,
      Clock clock,
      ClientLifecycle lifecycle,
      Downloads downloads) {
    this.restClient = restClient;
    this.baseUrl = baseUrl;
    this.codec = codec;
    this.apiKey = apiKey;
    this.interceptors = List.copyOf(interceptors);
    this.clock = clock;
    this.exchange = new HttpExchange(restClient, baseUrl, codec, apiKey, clock);
    this.lifecycle = lifecycle;
    this.apiKeyId = new ApiKeyId(apiKey);
    this.downloads = downloads;
  }

  /**
   * The same executor with another API key, sharing the HTTP client; a derived client's.
   *
   * @param otherKey supplies the other key
   * @return the new executor
   */
  public ApiExecutor withApiKey(Supplier<String> otherKey) {
    return new ApiExecutor(
        this.restClient,
        this.baseUrl,
        this.codec,
        otherKey,
        this.interceptors,
        this.clock,
        this.lifecycle.derive(),
        this.downloads);
  }

  /**
   * The same executor on another REST client (e.g. one with another read timeout); a derived
   * client's.
   *
   * @param otherClient the other client
   * @return the new executor
   */
  public ApiExecutor withRestClient(RestClient otherClient) {
    return new ApiExecutor(
        otherClient,
        this.baseUrl,
        this.codec,
        this.apiKey,
        this.interceptors,
        this.clock,
        this.lifecycle.derive(),
        this.downloads);
  }

  /**
   * Executes a request through the interceptors.
   *
   * @param request the request
   * @param <T> the response body type
   * @return the parsed response body, or {@code null} when the request expects none
   * @throws SegmentsException when the call fails
   */
  public <T> T execute(ApiRequest request) {
    return run(request, attempt -> this.exchange.<T>send(request, attempt));
  }

  /**
   * Executes a request through the interceptors, with a recovery innermost that decides what an
   * attempt with an unknown outcome means (see {@link CreateRecovery}, {@link DeleteRecovery}).
   *
   * @param request the request
   * @param recovery the recovery of this call
   * @param <T> the response body type
   * @return the parsed response body, or the one the recovery established
   * @throws SegmentsException when the call fails
   */
  public <T> T execute(ApiRequest request, CallRecovery<T> recovery) {
    return run(request, attempt -> recovery.attempt(() -> this.exchange.<T>send(request, attempt)));
  }

  private <T> T run(ApiRequest request, SegmentsCallInterceptor.Chain<T> terminal) {
    this.lifecycle.checkOpen();
    SegmentsCall first = SegmentsCall.first(request.operation(), this.apiKeyId.current());
    return chain(0, terminal).proceed(first).body();
  }

  /**
   * Posts a multipart form to an absolute URL outside the API (a presigned upload), without the
   * API's headers and with a known length. Sent once: neither retried nor observed on its own.
   *
   * @param operation the operation name the upload belongs to
   * @param url the absolute upload URL
   * @param form the form, its file part streamed
   */
  public void postForm(String operation, URI url, MultipartForm form) {
    this.lifecycle.checkOpen();
    this.exchange.sendForm(operation, url, form);
  }

  /**
   * Which URLs this executor downloads from.
   *
   * @return the download policy
   */
  public DownloadPolicy downloadPolicy() {
    return this.downloads.policy();
  }

  /**
   * Whether the client is closed.
   *
   * @return the client's lifecycle
   */
  public ClientLifecycle lifecycle() {
    return this.lifecycle;
  }

  /**
   * Downloads an absolute URL outside the API (a presigned file, an image) into a file, without the
   * API key, streamed and bounded. The URL is first checked against the {@link DownloadPolicy}. One
   * logical call through the interceptors, so the retry policy repeats it after transient failures;
   * every attempt rewrites the file from the start. A download from another host than the API's is
   * marked so ({@link SegmentsCall#targetsApi()}), its host's failures are tracked by {@link
   * DownloadHosts} instead, and each of its attempts waits for one of the host's {@link
   * DownloadHostSlots}.
   *
   * @param url the absolute file URL
   * @param target the file to write
   * @param maxBytes the most bytes to accept
   * @throws ai.segments.client.exception.ValidationException when the policy refuses the URL
   * @throws ai.segments.client.exception.DownloadHostSkippedException while the host is down
   * @throws SegmentsException when the download fails or exceeds {@code maxBytes}
   */
  public void download(URI url, Path target, long maxBytes) {
    this.lifecycle.checkOpen();
    this.downloads.policy().check(url);
    SegmentsOperation operation = SegmentsOperation.DOWNLOAD_FILE;
    String name = operation.operationName();
    boolean apiOrigin = this.exchange.isApiOrigin(url);
    SegmentsCallInterceptor.Chain<Path> attempt =
        call -> this.exchange.download(name, url, target, maxBytes, this.downloads);
    SegmentsCallInterceptor.Chain<Path> terminal =
        apiOrigin ? attempt : trackedByHost(DownloadHosts.hostOf(url), name, attempt);
    chain(0, terminal).proceed(SegmentsCall.first(operation).withTargetsApi(apiOrigin));
  }

  private SegmentsCallInterceptor.Chain<Path> trackedByHost(
      String host, String operation, SegmentsCallInterceptor.Chain<Path> attempt) {
    DownloadHosts hosts = this.downloads.hosts();
    DownloadHostSlots slots = this.downloads.slots();
    return call -> {
      hosts.checkUp(host, operation);
      slots.acquire(host, operation);
      try {
        // The host may have gone down while this download waited for a slot.
        hosts.checkUp(host, operation);
        SegmentsResponse<Path> response = attempt.proceed(call);
        hosts.succeeded(host);
        return response;
      } catch (SegmentsException ex) {
        hosts.failed(host, ex);
        throw ex;
      } finally {
        slots.release(host);
      }
    };
  }

  private <T> SegmentsCallInterceptor.Chain<T> chain(
      int index, SegmentsCallInterceptor.Chain<T> terminal) {
    if (index == this.interceptors.size()) {
      return terminal;
    }
    SegmentsCallInterceptor interceptor = this.interceptors.get(index);
    SegmentsCallInterceptor.Chain<T> next = chain(index + 1, terminal);
    return call -> interceptor.intercept(call, next);
  }
}
