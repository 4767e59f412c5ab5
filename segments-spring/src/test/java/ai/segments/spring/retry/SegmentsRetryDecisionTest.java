package ai.segments.spring.retry;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.ValidationException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;

class SegmentsRetryDecisionTest {

  private static final Set<SegmentsOperation> CREATES =
      EnumSet.of(
          SegmentsOperation.ADD_DATASET,
          SegmentsOperation.ADD_ORGANIZATION_DATASET,
          SegmentsOperation.CLONE_DATASET,
          SegmentsOperation.ADD_DATASET_COLLABORATOR,
          SegmentsOperation.ADD_SAMPLE,
          SegmentsOperation.ADD_LABELSET,
          SegmentsOperation.ADD_ISSUE,
          SegmentsOperation.ADD_RELEASE,
          SegmentsOperation.UPLOAD_ASSET);

  private final SegmentsRetryDecision decision = new SegmentsRetryDecision(Duration.ofSeconds(30));

  private Optional<RetryReason> reason(SegmentsOperation operation, SegmentsException failure) {
    return this.decision.retryReason(operation, failure);
  }

  @ParameterizedTest
  @EnumSource(SegmentsOperation.class)
  void throttlingIsRetriedForEveryOperation(SegmentsOperation operation) {
    assertThat(reason(operation, Failures.throttled(null))).contains(RetryReason.THROTTLED);
    assertThat(reason(operation, Failures.throttled(Duration.ofSeconds(30))))
        .contains(RetryReason.THROTTLED);
  }

  @ParameterizedTest
  @EnumSource(SegmentsOperation.class)
  void transientFailuresAreRetriedOnlyWhereRepeatingIsSafe(SegmentsOperation operation) {
    boolean safe = !CREATES.contains(operation);
    assertThat(operation.isRepeatable()).isEqualTo(safe);
    assertThat(reason(operation, Failures.status(502)).isPresent()).isEqualTo(safe);
    assertThat(reason(operation, Failures.status(503)).isPresent()).isEqualTo(safe);
    assertThat(reason(operation, Failures.gatewayTimeout()).isPresent()).isEqualTo(safe);
    assertThat(reason(operation, Failures.readTimeout()).isPresent()).isEqualTo(safe);
    assertThat(reason(operation, Failures.connectFailure()).isPresent()).isEqualTo(safe);
  }

  @ParameterizedTest
  @EnumSource(SegmentsOperation.class)
  void failuresMarkedSafeToRetryAreRetriedForEveryOperationWhenTransient(
      SegmentsOperation operation) {
    SegmentsException badGateway = Failures.status(502);
    badGateway.markSafeToRetry();
    assertThat(reason(operation, badGateway)).contains(RetryReason.SERVER_ERROR);
    SegmentsException serverError = Failures.status(500);
    serverError.markSafeToRetry();
    assertThat(reason(operation, serverError)).isEmpty();
    SegmentsException maybeCreated = Failures.readTimeout();
    maybeCreated.markMayHaveBeenApplied();
    assertThat(reason(operation, maybeCreated).isPresent()).isEqualTo(operation.isRepeatable());
  }

  @Test
  void unreadableSuccessAnswersAreRetriedWhereRepeatingIsSafe() {
    SegmentsException malformed =
        new NetworkException(
            "getSamples: the response is not valid JSON",
            null,
            SegmentsErrorDetails.response("getSamples", 200, "[{", null));
    assertThat(reason(SegmentsOperation.GET_SAMPLES, malformed)).contains(RetryReason.IO_ERROR);
    assertThat(reason(SegmentsOperation.ADD_ISSUE, malformed)).isEmpty();
    SegmentsException mismatch =
        new ValidationException(
            "getSamples: the response does not match the model",
            null,
            SegmentsErrorDetails.response("getSamples", 200, "[1]", null));
    assertThat(reason(SegmentsOperation.GET_SAMPLES, mismatch)).isEmpty();
  }

  @Test
  void repeatableOperationsAreTheIdempotentMethodsAndTheBulkAdd() {
    for (SegmentsOperation operation : SegmentsOperation.values()) {
      boolean idempotentMethod = operation.method() != HttpMethod.POST;
      assertThat(operation.isRepeatable())
          .as(operation.name())
          .isEqualTo(idempotentMethod || operation == SegmentsOperation.ADD_SAMPLES);
    }
  }

  @Test
  void reasonsNameTheFailure() {
    SegmentsOperation get = SegmentsOperation.GET_SAMPLES;
    assertThat(reason(get, Failures.status(503))).contains(RetryReason.SERVER_ERROR);
    assertThat(reason(get, Failures.gatewayTimeout())).contains(RetryReason.SERVER_ERROR);
    assertThat(reason(get, Failures.readTimeout())).contains(RetryReason.IO_ERROR);
    assertThat(reason(get, Failures.connectFailure())).contains(RetryReason.IO_ERROR);
  }

  @Test
  void otherFailuresAreNotRetried() {
    SegmentsOperation get = SegmentsOperation.GET_SAMPLES;
    assertThat(reason(get, Failures.status(500))).isEmpty();
    assertThat(reason(get, Failures.status(404))).isEmpty();
    assertThat(reason(get, Failures.status(401))).isEmpty();
    assertThat(this.decision.retryReason(get, new IllegalStateException())).isEmpty();
  }

  @Test
  void aRequestedWaitLongerThanTheMaximumIsNotRetried() {
    SegmentsOperation get = SegmentsOperation.GET_SAMPLES;
    assertThat(reason(get, Failures.throttled(Duration.ofSeconds(31)))).isEmpty();
  }
}
