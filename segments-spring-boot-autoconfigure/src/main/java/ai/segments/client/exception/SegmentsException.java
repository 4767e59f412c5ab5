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

  private final transient SegmentsErrorDetails details;
  private volatile int attempts = 1;

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

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return (this.attempts > 1) ? message + " (after " + this.attempts + " attempts)" : message;
  }
}
