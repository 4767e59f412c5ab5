package ai.segments.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One injected fault, created by {@link FaultInjector#forOperation(String)}, {@link
 * FaultInjector#forPath(String)} or {@link FaultInjector#forAnyRequest()} and active from then on.
 *
 * <p>A rule has at most one effect ({@link #status(int)}, {@link #dropConnection()}, {@link
 * #malformedBody()}, {@link #truncatedBody()}, {@link #htmlBadGateway()}, {@link #emptyBody()},
 * {@link #wrongContentType()}; the last call wins), optionally a {@link #delay(Duration)}, and a
 * limit: {@link #times(int)} requests, a {@link #fraction(double, long)} of them, or (default)
 * every matching request until {@link FaultInjector#clear()}.
 *
 * <p>Status faults, dropped connections and the HTML 502 page answer without running the request
 * (no state changes) unless the rule is {@link #afterProcessing()}: then the request runs first and
 * its answer is replaced, delayed or dropped, as when a response is lost on its way back. The body
 * faults always corrupt the real response after the request was processed.
 */
public final class FaultRule {

  enum Effect {
    NONE,
    STATUS,
    DROP,
    MALFORMED,
    TRUNCATED,
    HTML_502,
    EMPTY,
    WRONG_CONTENT_TYPE
  }

  static final String BAD_GATEWAY_PAGE =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
          + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
          + "</body>\r\n</html>\r\n";

  private final String operation;
  private final Pattern path;
  private volatile Effect effect = Effect.NONE;
  private volatile int status;
  private volatile Duration delay = Duration.ZERO;
  private volatile double fraction = 1.0;
  private volatile boolean afterProcessing;
  private volatile boolean retryAfter = true;
  private volatile Random random = new Random();
  private final AtomicInteger remaining = new AtomicInteger(Integer.MAX_VALUE);
  private final AtomicInteger applied = new AtomicInteger();

  FaultRule(String operation, Pattern path) {
    this.operation = operation;
    this.path = path;
  }

  /**
   * Answers with this HTTP status and a JSON {@code detail}; 429 gets the API's throttled detail
   * and {@code Retry-After: 1}.
   *
   * @param httpStatus the status code, e.g. 503
   * @return this rule
   */
  public FaultRule status(int httpStatus) {
    this.status = httpStatus;
    this.effect = Effect.STATUS;
    return this;
  }

  /**
   * Waits this long before answering (alone, or before another effect).
   *
   * @param wait the delay
   * @return this rule
   */
  public FaultRule delay(Duration wait) {
    this.delay = wait;
    return this;
  }

  /**
   * Closes the connection without answering.
   *
   * @return this rule
   */
  public FaultRule dropConnection() {
    return effect(Effect.DROP);
  }

  /**
   * Answers the real status with a body that is not valid JSON.
   *
   * @return this rule
   */
  public FaultRule malformedBody() {
    return effect(Effect.MALFORMED);
  }

  /**
   * Announces the full {@code Content-Length}, sends half of the body and closes the connection.
   *
   * @return this rule
   */
  public FaultRule truncatedBody() {
    return effect(Effect.TRUNCATED);
  }

  /**
   * Answers 502 with an HTML page, as a proxy in front of the API does.
   *
   * @return this rule
   */
  public FaultRule htmlBadGateway() {
    return effect(Effect.HTML_502);
  }

  /**
   * Answers the real status with an empty body.
   *
   * @return this rule
   */
  public FaultRule emptyBody() {
    return effect(Effect.EMPTY);
  }

  /**
   * Answers the real response labelled {@code text/html}.
   *
   * @return this rule
   */
  public FaultRule wrongContentType() {
    return effect(Effect.WRONG_CONTENT_TYPE);
  }

  /**
   * Runs the request before the delay and the effect: its state changes happen, then the answer is
   * delayed, replaced by the status or the 502 page, or the connection is dropped. Models a server
   * that did the work but whose answer never reached the client (a read timeout, a reset, a gateway
   * that gave up).
   *
   * @return this rule
   */
  public FaultRule afterProcessing() {
    this.afterProcessing = true;
    return this;
  }

  /**
   * Leaves the {@code Retry-After} header out of a {@code status(429)} answer, as some proxies do.
   *
   * @return this rule
   */
  public FaultRule withoutRetryAfter() {
    this.retryAfter = false;
    return this;
  }

  /**
   * Applies to the next {@code count} matching requests only.
   *
   * @param count how many requests
   * @return this rule
   */
  public FaultRule times(int count) {
    remaining.set(count);
    return this;
  }

  /**
   * Applies to a random fraction of the matching requests.
   *
   * @param probability between 0 and 1
   * @return this rule
   */
  public FaultRule fraction(double probability) {
    this.fraction = probability;
    return this;
  }

  /**
   * Applies to a reproducible random fraction of the matching requests.
   *
   * @param probability between 0 and 1
   * @param seed the random seed
   * @return this rule
   */
  public FaultRule fraction(double probability, long seed) {
    this.random = new Random(seed);
    return fraction(probability);
  }

  /**
   * How many requests this rule has affected so far.
   *
   * @return the count
   */
  public int appliedCount() {
    return applied.get();
  }

  private FaultRule effect(Effect newEffect) {
    this.effect = newEffect;
    return this;
  }

  boolean matches(String operationName, String rawPath) {
    if (operation != null) {
      return operation.equals(operationName);
    }
    return path == null || path.matcher(rawPath).find();
  }

  /** Decides whether this request is affected, consuming one use if so. */
  boolean tryApply() {
    if (remaining.get() <= 0) {
      return false;
    }
    synchronized (this) {
      if (fraction < 1.0 && random.nextDouble() >= fraction) {
        return false;
      }
    }
    if (remaining.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : n - 1) <= 0) {
      return false;
    }
    applied.incrementAndGet();
    return true;
  }

  boolean exhausted() {
    return remaining.get() <= 0;
  }

  Effect effect() {
    return effect;
  }

  Duration delay() {
    return delay;
  }

  boolean isAfterProcessing() {
    return afterProcessing;
  }

  /** The answer replacing the real one, or null when the request should be processed. */
  ApiResponse replacement() {
    if (effect == Effect.HTML_502) {
      return ApiResponse.text(502, "text/html", BAD_GATEWAY_PAGE);
    }
    if (effect != Effect.STATUS) {
      return null;
    }
    if (status == 429) {
      ApiResponse throttled = RequestLimit.throttled(1);
      if (!retryAfter) {
        throttled.headers().remove("Retry-After");
      }
      return throttled;
    }
    return ApiResponse.json(
        status, Json.object().put("detail", "Injected fault: HTTP " + status + "."));
  }

  /** The real response corrupted by a body effect. */
  ApiResponse corrupt(ApiResponse response) {
    return switch (effect) {
      case MALFORMED ->
          response.with(response.status(), ApiResponse.JSON, malformed(response.body()));
      case EMPTY -> response.with(response.status(), response.contentType(), new byte[0]);
      case WRONG_CONTENT_TYPE ->
          response.with(response.status(), "text/html; charset=utf-8", response.body());
      default -> response;
    };
  }

  private static byte[] malformed(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return (text.substring(0, text.length() / 2) + "<<malformed}").getBytes(StandardCharsets.UTF_8);
  }
}
