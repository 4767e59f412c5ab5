package ai.segments.client.internal;

import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.exception.AuthorizationException;
import ai.segments.client.exception.CollaboratorException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.exception.SubscriptionException;
import ai.segments.client.exception.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Turns an error response into the matching {@link SegmentsException}: by HTTP status first, and by
 * the Python SDK's text rules where the status alone does not decide.
 */
public final class ErrorClassifier {

  /** Creates an exception of one class of the hierarchy. */
  @FunctionalInterface
  interface ExceptionType {
    SegmentsException create(String message, Throwable cause, SegmentsErrorDetails details);
  }

  /** One of the SDK's text rules: any of the phrases selects the exception type. */
  private record TextRule(ExceptionType type, List<String> phrases) {}

  private static final TextRule NOT_FOUND =
      new TextRule(NotFoundException::new, List.of("not found", "does not exist", "invalid page"));
  private static final TextRule ALREADY_EXISTS =
      new TextRule(AlreadyExistsException::new, List.of("already exists", "already have"));
  private static final TextRule COLLABORATOR =
      new TextRule(
          CollaboratorException::new,
          List.of("cannot be added as collaborator", "is already a collaborator"));
  private static final TextRule AUTHENTICATION =
      new TextRule(
          AuthenticationException::new, List.of("authentication credentials were not provided"));
  private static final TextRule AUTHORIZATION =
      new TextRule(
          AuthorizationException::new,
          List.of(
              "cannot leave the organization",
              "need to be an administrator",
              "do not have permission"));
  private static final TextRule SUBSCRIPTION =
      new TextRule(SubscriptionException::new, List.of("free trial ended", "exceeded user limit"));
  private static final TextRule TIMEOUT =
      new TextRule(SegmentsTimeoutException::new, List.of("time-out", "timed out"));
  private static final TextRule THROTTLED =
      new TextRule(ApiLimitException::new, List.of("throttled"));

  /** The SDK's rules, in the SDK's order. */
  private static final List<TextRule> SDK_RULES =
      List.of(
          NOT_FOUND,
          ALREADY_EXISTS,
          COLLABORATOR,
          AUTHENTICATION,
          AUTHORIZATION,
          SUBSCRIPTION,
          TIMEOUT,
          THROTTLED);

  private ErrorClassifier() {}

  /**
   * Classifies an error response.
   *
   * @param operation the operation name
   * @param status the HTTP status code
   * @param text the response text
   * @param retryAfter the parsed {@code Retry-After}, or {@code null}
   * @return the exception to throw
   */
  public static SegmentsException classify(
      String operation, int status, ResponseText text, Duration retryAfter) {
    ExceptionType type = typeFor(status, text);
    String message = operation + " failed: HTTP " + status + " " + text.detail();
    if (retryAfter != null) {
      message += " (retry after " + retryAfter.toSeconds() + "s)";
    }
    return type.create(
        message,
        null,
        SegmentsErrorDetails.response(operation, status, text.excerpt(), retryAfter));
  }

  private static ExceptionType typeFor(int status, ResponseText text) {
    return switch (status) {
      case 401 -> AuthenticationException::new;
      case 402 -> SubscriptionException::new;
      case 403 ->
          firstMatch(text, List.of(SUBSCRIPTION, COLLABORATOR)).orElse(AuthorizationException::new);
      case 404, 410 -> NotFoundException::new;
      case 408, 504 -> SegmentsTimeoutException::new;
      case 409 -> firstMatch(text, List.of(COLLABORATOR)).orElse(AlreadyExistsException::new);
      case 429 -> ApiLimitException::new;
      case 400, 422 -> firstMatch(text, SDK_RULES).orElse(ValidationException::new);
      default ->
          firstMatch(text, (status >= 500) ? List.of(TIMEOUT, THROTTLED) : SDK_RULES)
              .orElse(NetworkException::new);
    };
  }

  private static Optional<ExceptionType> firstMatch(ResponseText text, List<TextRule> rules) {
    return rules.stream()
        .filter(rule -> rule.phrases().stream().anyMatch(text::mentions))
        .map(TextRule::type)
        .findFirst();
  }
}
