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
    this(detail, null);
  }

  /**
   * Creates the exception.
   *
   * @param detail what is wrong with the manifest
   * @param cause the parser's failure, or {@code null}
   */
  public InvalidManifestException(String detail, Throwable cause) {
    super(
        HttpStatus.BAD_REQUEST,
        SampleProblems.problem(
                HttpStatus.BAD_REQUEST, "invalid-manifest", "Invalid import manifest", detail, null)
            .getBody(),
        cause);
  }
}
