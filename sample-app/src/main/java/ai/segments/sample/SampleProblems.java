package ai.segments.sample;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * The problem details (RFC 9457, {@code application/problem+json}) the sample app answers with
 * besides the starter's: each has its own {@code urn:segments-sample:…} type, a title and a detail
 * naming the limit or the property involved.
 */
public final class SampleProblems {

  private static final String TYPE_PREFIX = "urn:segments-sample:";
  private static final int ECHOED = 40;

  private SampleProblems() {}

  /**
   * A problem answered with its status.
   *
   * @param status the HTTP status
   * @param type the last part of the type URI, e.g. {@code invalid-manifest}
   * @param title a short summary
   * @param detail what happened in this request
   * @param cause the cause, or {@code null}
   * @return the exception that Spring MVC answers as the problem
   */
  public static ErrorResponseException problem(
      HttpStatus status, String type, String title, String detail, Throwable cause) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create(TYPE_PREFIX + type));
    return new ErrorResponseException(status, problem, cause);
  }

  /**
   * An import over a limit: 413.
   *
   * @param detail which limit, with its property
   * @return the problem
   */
  public static ErrorResponseException importTooLarge(String detail) {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "Import too large", detail, null);
  }

  /**
   * Every export slot is taken: 429 with {@code Retry-After}.
   *
   * @param maxConcurrent the bound
   * @param retryAfterSeconds when to try again
   * @return the problem
   */
  public static ErrorResponseException exportsBusy(int maxConcurrent, long retryAfterSeconds) {
    return retryAfter(
        problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "exports-busy",
            "Too many exports",
            maxConcurrent
                + " exports are already running (sample.export.max-concurrent); try again later",
            null),
        retryAfterSeconds);
  }

  /**
   * The release is still being created: 202 with {@code Retry-After}, nothing exported yet.
   *
   * @param dataset the dataset, {@code owner/name}
   * @param release the release name
   * @param retryAfterSeconds when to ask again
   * @return the problem
   */
  public static ErrorResponseException releasePending(
      String dataset, String release, long retryAfterSeconds) {
    return retryAfter(
        problem(
            HttpStatus.ACCEPTED,
            "release-pending",
            "Release still being created",
            "Release "
                + release
                + " of "
                + dataset
                + " is still PENDING; ask again after the Retry-After delay",
            null),
        retryAfterSeconds);
  }

  /**
   * The zip outgrew its limit: 507, nothing sent.
   *
   * @param limit the limit
   * @return the problem
   */
  public static ErrorResponseException exportTooLarge(DataSize limit) {
    return problem(
        HttpStatus.INSUFFICIENT_STORAGE,
        "export-too-large",
        "Export too large",
        "The export zip would be larger than " + limit + " (sample.export.max-size)",
        null);
  }

  /**
   * The export failed for a reason other than a Segments API error: 500, nothing sent.
   *
   * @param cause the failure
   * @return the problem
   */
  public static ErrorResponseException exportFailed(Throwable cause) {
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "export-failed",
        "Export failed",
        "The export failed (" + cause.getClass().getSimpleName() + "); no zip was sent",
        cause);
  }

  /**
   * An export format nobody knows: 400, with the known ones.
   *
   * @param format the requested format, as sent
   * @param known the names of the known formats
   * @return the problem
   */
  public static ErrorResponseException unknownExportFormat(String format, List<String> known) {
    ErrorResponseException ex =
        problem(
            HttpStatus.BAD_REQUEST,
            "unknown-export-format",
            "Unknown export format",
            "Unknown export format '"
                + bounded(format)
                + "'; use one of: "
                + String.join(", ", known),
            null);
    ex.getBody().setProperty("knownFormats", known);
    return ex;
  }

  /**
   * A format the dataset's task type cannot be exported to: 400, with the formats that apply.
   *
   * @param dataset the dataset, {@code owner/name}
   * @param taskType its task type
   * @param format the requested format
   * @param applicable the names of the formats that apply, maybe none
   * @return the problem
   */
  public static ErrorResponseException exportFormatNotApplicable(
      String dataset, String taskType, String format, List<String> applicable) {
    String remedy =
        applicable.isEmpty()
            ? "no export format applies to this task type"
            : "formats that apply: " + String.join(", ", applicable);
    ErrorResponseException ex =
        problem(
            HttpStatus.BAD_REQUEST,
            "export-format-not-applicable",
            "Export format does not apply",
            dataset
                + " is a "
                + taskType
                + " dataset, which cannot be exported to "
                + format
                + "; "
                + remedy,
            null);
    ex.getBody().setProperty("taskType", taskType);
    ex.getBody().setProperty("applicableFormats", applicable);
    return ex;
  }

  /** Request text echoed in a detail: at most 40 characters, control characters as '?'. */
  private static String bounded(String text) {
    String shown = text.length() > ECHOED ? text.substring(0, ECHOED) + "…" : text;
    return shown
        .codePoints()
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static ErrorResponseException retryAfter(ErrorResponseException ex, long seconds) {
    ex.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    return ex;
  }
}
