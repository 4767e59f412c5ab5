package ai.segments.sample;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An import manifest that cannot be read at all; answered with a 400 {@link ProblemDetail}. */
public class InvalidManifestException extends ErrorResponseException {

  private static final long serialVersionUID = 1L;

  /** The problem type of an unreadable manifest. */
  public static final URI TYPE = URI.create("urn:segments-sample:invalid-manifest");

  /**
   * Creates the exception.
   *
   * @param detail what is wrong with the manifest
   */
  public InvalidManifestException(String detail) {
    super(HttpStatus.BAD_REQUEST, problem(detail), null);
  }

  private static ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid import manifest");
    problem.setType(TYPE);
    return problem;
  }
}
