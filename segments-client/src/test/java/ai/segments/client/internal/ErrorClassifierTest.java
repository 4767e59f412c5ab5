package ai.segments.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.testfixtures.ApiExamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassifierTest {

  private static final Redactor NO_SECRETS = text -> text;

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "404, error-not-found.json, NotFoundException",
    "404, error-invalid-page.json, NotFoundException",
    "400, error-already-exists.json, AlreadyExistsException",
    "401, error-authentication.json, AuthenticationException",
    "403, error-permission-denied.json, AuthorizationException",
    "402, error-subscription.json, SubscriptionException",
    "403, error-subscription.json, SubscriptionException",
    "400, error-validation.json, ValidationException",
    "429, error-throttled.json, ApiLimitException",
  })
  void classifiesTheApiErrorExamplesByStatus(int status, String example, String expected)
      throws IOException {
    SegmentsException exception = classify(status, example(example));

    assertThat(exception.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(exception.statusCode()).hasValue(status);
    assertThat(exception.operation()).hasValue("getDataset");
  }

  @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "400 | {\"detail\": \"Sample does not exist.\"} | NotFoundException",
        "400 | {\"detail\": \"You already have a dataset with this name.\"} | AlreadyExistsException",
        "400 | {\"detail\": \"john is already a collaborator.\"} | CollaboratorException",
        "403 | {\"detail\": \"john cannot be added as collaborator.\"} | CollaboratorException",
        "409 | {\"detail\": \"conflict\"} | AlreadyExistsException",
        "418 | {\"detail\": \"Authentication credentials were not provided.\"} | AuthenticationException",
        "418 | {\"detail\": \"You need to be an administrator.\"} | AuthorizationException",
        "418 | {\"detail\": \"Your free trial ended.\"} | SubscriptionException",
        "418 | {\"detail\": \"Invalid page.\"} | NotFoundException",
        "418 | teapot | NetworkException",
        "500 | <html>Server Error</html> | NetworkException",
        "502 | <html><title>502 Bad Gateway</title></html> | NetworkException",
        "503 | {\"detail\": \"Request was throttled.\"} | ApiLimitException",
        "502 | <html>504 Gateway Time-out</html> | SegmentsTimeoutException",
        "504 | gateway | SegmentsTimeoutException",
        "408 | slow | SegmentsTimeoutException",
        "410 | gone | NotFoundException",
      })
  void refinesByTheSdkTextRules(int status, String body, String expected) {
    assertThat(classify(status, body).getClass().getSimpleName()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"ApiLimitException, 429", "NetworkException, 503"})
  void keepsTheRequestedWait(String expected, int status) {
    SegmentsException exception =
        ErrorClassifier.classify(
            "getSamples",
            status,
            ResponseText.of("{}".getBytes(StandardCharsets.UTF_8), NO_SECRETS),
            Duration.ofSeconds(7));

    assertThat(exception.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(exception.retryAfter()).hasValue(Duration.ofSeconds(7));
    assertThat(exception).hasMessageContaining("retry after 7s");
  }

  @Test
  void boundsTheExcerptAndKeepsTheDetail() {
    String body = "{\"detail\": \"Not found.\", \"padding\": \"" + "x".repeat(5000) + "\"}";

    SegmentsException exception = classify(404, body);

    assertThat(exception).isInstanceOf(NotFoundException.class);
    assertThat(exception.getMessage()).isEqualTo("getDataset failed: HTTP 404 Not found.");
    assertThat(exception.responseExcerpt().orElseThrow())
        .hasSizeLessThanOrEqualTo(ResponseText.MAX_EXCERPT + 1);
  }

  @Test
  void removesTheApiKeyFromMessagesAndExcerpts() {
    Redactor redactor = Redactor.of(() -> "key-123");
    SegmentsException exception =
        ErrorClassifier.classify(
            "getUser",
            401,
            ResponseText.of(
                "{\"detail\": \"Invalid token key-123\"}".getBytes(StandardCharsets.UTF_8),
                redactor),
            null);

    assertThat(exception).isInstanceOf(AuthenticationException.class);
    assertThat(exception.getMessage()).doesNotContain("key-123").contains(Redactor.MASK);
    assertThat(exception.responseExcerpt().orElseThrow()).doesNotContain("key-123");
    assertThat(exception.toString()).doesNotContain("key-123");
  }

  private static SegmentsException classify(int status, String body) {
    return ErrorClassifier.classify(
        "getDataset",
        status,
        ResponseText.of(body.getBytes(StandardCharsets.UTF_8), NO_SECRETS),
        null);
  }

  private static String example(String name) {
    return ApiExamples.text(name);
  }
}
