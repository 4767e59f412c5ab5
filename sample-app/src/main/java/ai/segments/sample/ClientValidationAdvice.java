package ai.segments.sample;

import ai.segments.client.exception.ValidationException;
import ai.segments.spring.web.SegmentsProblemDetails;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Lets the client's own {@link ValidationException}s — raised before any request, such as "a
 * 12000x12000 image exceeds the limit" or "exporting an image-vector-sequence to yolo needs the
 * image size" — say what to fix: their message becomes the problem's detail (the client's messages
 * never contain the API key). A {@code ValidationException} that carries an HTTP status came from
 * the API and is answered as the starter answers it, with its fixed text.
 */
@RestControllerAdvice
@Order(0)
public class ClientValidationAdvice {

  /** Creates the advice. */
  public ClientValidationAdvice() {}

  /**
   * Answers a validation failure.
   *
   * @param ex the failure
   * @return a 400 problem detail
   */
  @ExceptionHandler(ValidationException.class)
  public ResponseEntity<ProblemDetail> handle(ValidationException ex) {
    if (ex.statusCode().isPresent()) {
      return SegmentsProblemDetails.toResponse(ex);
    }
    ProblemDetail problem =
        SampleProblems.problem(
                HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", ex.getMessage(), ex)
            .getBody();
    ex.operation().ifPresent(operation -> problem.setProperty("operation", operation));
    return ResponseEntity.badRequest().body(problem);
  }
}
