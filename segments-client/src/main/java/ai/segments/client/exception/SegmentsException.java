package ai.segments.client.exception;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Base of every exception raised by {@code SegmentsClient}; mirrors the Python SDK's {@code
 * SegmentsError}. Unchecked, and deliberately not an {@link java.io.IOException}.
 *
 * <p>Carries the operation name, the HTTP status (when there was a response) and a bounded excerpt
 * of the response body. Messages never contain the API key.
 */
public class SegmentsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The end of the message of a failure that {@link #mayHaveBeenApplied()}. */
  public static final String MAY_HAVE_BEEN_APPLIED = "the create may have happened; not retried";

  private final transient SegmentsErrorDetails details;
  private volatile int attempts = 1;
  private volatile boolean mayHaveBeenApplied;
  private volatile boolean safeToRetry;

  /**
   * Creates an exception with a message only.
   *
   * @param message what went wrong
   */
  public SegmentsException(String message) {
    this(message, null, SegmentsErrorDetails.NONE);
  }

  /**
   * Creates an exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public SegmentsException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause);
    this.details = (details != null) ? details : SegmentsErrorDetails.NONE;
  }

  /**
   * The details of the failed call.
   *
   * @return the details, never {@code null}
   */
  public SegmentsErrorDetails details() {
    return this.details;
  }

  /**
   * The SDK operation name in camelCase (e.g. {@code addSample}).
   *
   * @return the operation, if the failure belongs to one
   */
  public Optional<String> operation() {
    return Optional.ofNullable(this.details.operation());
  }

  /**
   * The HTTP status code of the response that failed.
   *
   * @return the status, or empty when no response was received
   */
  public OptionalInt statusCode() {
    Integer status = this.details.statusCode();
    return (status != null) ? OptionalInt.of(status) : OptionalInt.empty();
  }

  /**
   * A bounded excerpt of the response body.
   *
   * @return the excerpt, if there was a body
   */
  public Optional<String> responseExcerpt() {
    return Optional.ofNullable(this.details.responseExcerpt());
  }

  /**
   * The wait the server asked for with {@code Retry-After}.
   *
   * @return the requested wait, if any
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(this.details.retryAfter());
  }

  /**
   * Whether no HTTP response was received (connection refused or reset, timeout).
   *
   * @return {@code true} for transport failures
   */
  public boolean isTransportFailure() {
    return this.details.transportFailure();
  }

  /**
   * How many attempts were made before this exception surfaced.
   *
   * @return the number of attempts, at least 1
   */
  public int attempts() {
    return this.attempts;
  }

  /**
   * Records how many attempts a retry policy made before giving up; the message then says so.
   *
   * @param attempts the number of attempts made
   */
  public void recordAttempts(int attempts) {
    this.attempts = attempts;
  }

  /**
   * Whether the failed request may nevertheless have changed state on the server: a create without
   * a unique name (e.g. {@code addIssue}, {@code uploadAsset}) whose request may have reached the
   * server before the failure (a read timeout, a reset connection, a 5xx from a gateway, an
   * unreadable success answer). Such a create is never retried, since that could duplicate it; look
   * before creating again. The message then ends in {@value #MAY_HAVE_BEEN_APPLIED}.
   *
   * @return {@code true} when the outcome on the server is unknown
   */
  public boolean mayHaveBeenApplied() {
    return this.mayHaveBeenApplied;
  }

  /**
   * Whether sending the failed request again cannot duplicate anything: it never reached the server
   * (connection refused), or it creates a uniquely named resource that a lookup by name did not
   * find. Retry policies repeat such a create although creates are not {@link
   * ai.segments.client.call.SegmentsOperation#isRepeatable() repeatable} in general; an "already
   * exists" answer to the repeated create is then turned into the existing resource.
   *
   * @return {@code true} when the request may be sent again
   */
  public boolean isSafeToRetry() {
    return this.safeToRetry;
  }

  /**
   * Marks the failure of a create whose outcome is unknown and that is not retried; see {@link
   * #mayHaveBeenApplied()}. Called by the client.
   */
  public void markMayHaveBeenApplied() {
    this.mayHaveBeenApplied = true;
    this.safeToRetry = false;
  }

  /**
   * Marks a failure after which the request may be sent again; see {@link #isSafeToRetry()}. Called
   * by the client.
   */
  public void markSafeToRetry() {
    this.safeToRetry = true;
    this.mayHaveBeenApplied = false;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    if (this.mayHaveBeenApplied) {
      message += "; " + MAY_HAVE_BEEN_APPLIED;
    }
    return (this.attempts > 1) ? message + " (after " + this.attempts + " attempts)" : message;
  }
}
