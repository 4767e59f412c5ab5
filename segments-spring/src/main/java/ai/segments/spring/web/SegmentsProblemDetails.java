package ai.segments.spring.web;

import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.exception.ValidationException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Turns {@link SegmentsException}s into RFC 9457 problem details.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>exception</th><th>status</th></tr>
 *   <tr><td>{@link ValidationException}</td><td>400</td></tr>
 *   <tr><td>{@link NotFoundException}</td><td>404</td></tr>
 *   <tr><td>{@link AlreadyExistsException}</td><td>409</td></tr>
 *   <tr><td>{@link ApiLimitException}</td><td>503 with {@code Retry-After}</td></tr>
 *   <tr><td>{@link SegmentsTimeoutException}</td><td>504</td></tr>
 *   <tr><td>any other (authentication, authorization, network...)</td><td>502</td></tr>
 * </table>
 *
 * <p>The body holds a fixed detail per status and the SDK operation name; never the exception
 * message, the API's error text or the API key.
 */
public final class SegmentsProblemDetails {

  /** The {@code Retry-After} seconds sent when the API did not say how long to wait. */
  public static final long DEFAULT_RETRY_AFTER_SECONDS = 1;

  private static final List<Mapping> MAPPINGS =
      List.of(
          new Mapping(
              ValidationException.class,
              HttpStatus.BAD_REQUEST,
              "The request was rejected as invalid by the Segments.ai client or API."),
          new Mapping(
              NotFoundException.class,
              HttpStatus.NOT_FOUND,
              "The Segments.ai resource does not exist."),
          new Mapping(
              AlreadyExistsException.class,
              HttpStatus.CONFLICT,
              "The Segments.ai resource already exists."),
          new Mapping(
              ApiLimitException.class,
              HttpStatus.SERVICE_UNAVAILABLE,
              "The Segments.ai API is throttling requests; retry later."),
          new Mapping(
              SegmentsTimeoutException.class,
              HttpStatus.GATEWAY_TIMEOUT,
              "The Segments.ai API did not answer in time."));

  private static final Mapping FALLBACK =
      new Mapping(
          SegmentsException.class, HttpStatus.BAD_GATEWAY, "A call to the Segments.ai API failed.");

  private SegmentsProblemDetails() {}

  /**
   * The response for an exception.
   *
   * @param ex the exception
   * @return the problem detail, with {@code Retry-After} for throttling
   */
  public static ResponseEntity<ProblemDetail> toResponse(SegmentsException ex) {
    Mapping mapping =
        MAPPINGS.stream().filter(m -> m.type().isInstance(ex)).findFirst().orElse(FALLBACK);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(mapping.status(), mapping.detail());
    ex.operation().ifPresent(operation -> problem.setProperty("operation", operation));
    ResponseEntity.BodyBuilder response = ResponseEntity.status(mapping.status());
    if (ex instanceof ApiLimitException) {
      response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(ex)));
    }
    return response.body(problem);
  }

  private static long retryAfterSeconds(SegmentsException ex) {
    return ex.retryAfter()
        .map(wait -> Math.max(1, wait.plusMillis(999).toSeconds()))
        .orElse(DEFAULT_RETRY_AFTER_SECONDS);
  }

  /** The status and detail for one exception type. */
  private record Mapping(
      Class<? extends SegmentsException> type, HttpStatus status, String detail) {}
}
