package ai.segments.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Handles every exchange: routing, fault injection, authentication, reading and gunzipping the body
 * within its limits, rate limiting, the resource handler, writing the answer and recording it in
 * the request log.
 *
 * <p>Without an injected fault, unknown routes and requests without a valid API key are answered
 * before the body is read: their body is discarded unread ({@link RequestBodyReader#discardRest}).
 */
final class RequestPipeline implements HttpHandler {

  private static final int LOGGED_BODY_LIMIT = 64 * 1024;

  private final AtomicReference<ServedApi> served;
  private final FaultInjector faults;
  private final RequestLog log;
  private final AtomicReference<Throttles> throttles;
  private final RequestBodyReader bodies;

  RequestPipeline(
      AtomicReference<ServedApi> served,
      FaultInjector faults,
      RequestLog log,
      AtomicReference<Throttles> throttles,
      RequestBodyReader bodies) {
    this.served = served;
    this.faults = faults;
    this.log = log;
    this.throttles = throttles;
    this.bodies = bodies;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Instant time = Instant.now();
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    ServedApi api = served.get();
    Router.Match match = null;
    ApiException routeError = null;
    try {
      match = api.router().match(method, PathCodec.segments(rawPath));
    } catch (ApiException e) {
      routeError = e;
    }
    String operation = match == null ? null : match.route().operation();
    byte[] body = new byte[0];
    boolean logged = false;
    try {
      FaultRule fault = faults.next(operation, rawPath);
      ApiResponse refusal =
          fault == null ? refusalBeforeBody(exchange, api, match, routeError) : null;
      if (refusal == null) {
        try {
          body = bodies.read(exchange);
        } catch (ApiException e) {
          refusal = ApiResponse.error(e);
        }
      }
      if (refusal != null) {
        RequestBodyReader.discardRest(exchange);
        record(exchange, time, operation, body, refusal.status());
        logged = true;
        write(exchange, refusal, false);
        return;
      }
      ApiResponse processed = null;
      if (fault != null && fault.isAfterProcessing()) {
        processed = process(exchange, api, match, routeError, body);
      }
      if (fault != null && !fault.delay().isZero()) {
        Thread.sleep(fault.delay().toMillis());
      }
      if (fault != null && fault.effect() == FaultRule.Effect.DROP) {
        return;
      }
      ApiResponse response = fault == null ? null : fault.replacement();
      if (response == null) {
        response = processed != null ? processed : process(exchange, api, match, routeError, body);
      }
      if (fault != null) {
        response = fault.corrupt(response);
      }
      record(exchange, time, operation, body, response.status());
      logged = true;
      write(exchange, response, fault != null && fault.effect() == FaultRule.Effect.TRUNCATED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client went away: nothing more to send.
    } finally {
      if (!logged) {
        record(exchange, time, operation, body, RecordedRequest.DROPPED);
      }
      exchange.close();
    }
  }

  /** Adds the request to the log before the answer is written, so clients see it afterwards. */
  private void record(
      HttpExchange exchange, Instant time, String operation, byte[] body, int status) {
    log.add(
        new RecordedRequest(
            time,
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            copy(exchange.getRequestHeaders()),
            loggedBody(body),
            operation,
            status));
  }

  /** The answer to a request that is refused before its body is read, or null. */
  private ApiResponse refusalBeforeBody(
      HttpExchange exchange, ServedApi api, Router.Match match, ApiException routeError) {
    try {
      if (routeError != null) {
        throw routeError;
      }
      if (match.route().auth()) {
        authenticate(api, exchange.getRequestHeaders().getFirst("Authorization"));
      }
      return null;
    } catch (ApiException e) {
      return errorResponse(e);
    }
  }

  private ApiResponse process(
      HttpExchange exchange,
      ServedApi api,
      Router.Match match,
      ApiException routeError,
      byte[] body) {
    try {
      if (routeError != null) {
        throw routeError;
      }
      StoredAccount user = null;
      if (match.route().auth()) {
        user = authenticate(api, exchange.getRequestHeaders().getFirst("Authorization"));
        long wait = throttles.get().acquire(user.username(), match.route().operation());
        if (wait > 0) {
          return RequestLimit.throttled(wait);
        }
      }
      RoutedRequest request =
          new RoutedRequest(
              exchange.getRequestMethod(),
              match.params(),
              PathCodec.query(exchange.getRequestURI().getRawQuery()),
              exchange.getRequestHeaders(),
              body,
              user);
      return match.route().handler().handle(request);
    } catch (ApiException e) {
      return errorResponse(e);
    } catch (RuntimeException e) {
      e.printStackTrace();
      return ApiResponse.json(500, Json.object().put("detail", "A server error occurred."));
    }
  }

  private static ApiResponse errorResponse(ApiException e) {
    ApiResponse response = ApiResponse.error(e);
    return e.status() == 401 ? response.header("WWW-Authenticate", "APIKey") : response;
  }

  private static StoredAccount authenticate(ServedApi api, String authorization) {
    String prefix = "apikey ";
    if (authorization != null
        && authorization.length() > prefix.length()
        && authorization.substring(0, prefix.length()).equalsIgnoreCase(prefix)) {
      String key = authorization.substring(prefix.length()).trim();
      StoredAccount user = api.ctx().store.userByKey(key).orElse(null);
      if (user != null) {
        return user;
      }
    }
    throw ApiException.detail(401, "Authentication credentials were not provided.");
  }

  /** The body as text for the log: its first {@value #LOGGED_BODY_LIMIT} bytes. */
  private static String loggedBody(byte[] body) {
    return new String(body, 0, Math.min(body.length, LOGGED_BODY_LIMIT), StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> copy(Headers headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return copy;
  }

  private static void write(HttpExchange exchange, ApiResponse response, boolean truncate)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    byte[] body = response.body();
    if (body.length == 0) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, truncate ? body.length / 2 : body.length);
    out.flush();
    if (!truncate) {
      out.close();
    }
    // A truncated body is left open: closing the exchange then finds bytes missing and closes the
    // connection, so the client sees a premature end of stream.
  }
}
