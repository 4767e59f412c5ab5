package ai.segments.client.http;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} that sends every request with a timeout, through another client (whose
 * connections it shares). The JDK's request timeout ends the wait for the response headers; the
 * body is not timed.
 */
final class ResponseTimeoutHttpClient extends HttpClient {

  private final HttpClient delegate;
  private final Duration responseTimeout;

  ResponseTimeoutHttpClient(HttpClient delegate, Duration responseTimeout) {
    this.delegate = delegate;
    this.responseTimeout = responseTimeout;
  }

  private HttpRequest timed(HttpRequest request) {
    return HttpRequest.newBuilder(request, (name, value) -> true)
        .timeout(this.responseTimeout)
        .build();
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return this.delegate.send(timed(request), handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return this.delegate.sendAsync(timed(request), handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return this.delegate.sendAsync(timed(request), handler, pushPromiseHandler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return this.delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return this.delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return this.delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return this.delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return this.delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return this.delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return this.delegate.authenticator();
  }

  @Override
  public Version version() {
    return this.delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return this.delegate.executor();
  }
}
