package ai.segments.spring.web;

import ai.segments.client.exception.SegmentsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers requests whose handling failed with a {@link SegmentsException} with an RFC 9457 problem
 * detail, as {@link SegmentsProblemDetails} maps it. At the lowest precedence, so that any advice
 * of the application wins; switch it off with {@code segments.web.exception-handler.enabled=false}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class SegmentsExceptionHandler {

  /** Creates the advice. */
  public SegmentsExceptionHandler() {}

  /**
   * Maps a Segments exception.
   *
   * @param ex the exception
   * @return the problem detail response
   */
  @ExceptionHandler(SegmentsException.class)
  public ResponseEntity<ProblemDetail> handleSegmentsException(SegmentsException ex) {
    return SegmentsProblemDetails.toResponse(ex);
  }
}
