package ai.segments.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.DownloadHostSkippedException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;
import ai.segments.testfixtures.MutableClock;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DownloadHostsTest {

  private static final String OPERATION = SegmentsOperation.DOWNLOAD_FILE.operationName();
  private static final String HOST = DownloadHosts.hostOf(URI.create("https://Images.Example/a"));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final DownloadHosts hosts = new DownloadHosts(3, Duration.ofSeconds(30), this.clock);

  private static SegmentsException refused() {
    return new NetworkException(
        "refused",
        new ConnectException("Connection refused"),
        SegmentsErrorDetails.transport(OPERATION));
  }

  private static SegmentsException status(int status) {
    return new NetworkException(
        "failed", null, SegmentsErrorDetails.response(OPERATION, status, null, null));
  }

  @Test
  void aHostIsNamedByHostAndPort() {
    assertThat(HOST).isEqualTo("images.example:443");
  }

  @Test
  void aRefusedConnectionMarksTheHostDownAtOnce() {
    this.hosts.failed(HOST, refused());

    assertThatThrownBy(() -> this.hosts.checkUp(HOST, OPERATION))
        .isInstanceOf(DownloadHostSkippedException.class)
        .hasMessageContaining("images.example:443")
        .hasCauseInstanceOf(NetworkException.class)
        .satisfies(ex -> assertThat(((SegmentsException) ex).isTransportFailure()).isFalse());
  }

  @Test
  void serverErrorsCountTowardTheBudget() {
    this.hosts.failed(HOST, status(503));
    this.hosts.failed(HOST, status(502));
    assertThatCode(() -> this.hosts.checkUp(HOST, OPERATION)).doesNotThrowAnyException();

    this.hosts.failed(HOST, status(500));

    assertThatThrownBy(() -> this.hosts.checkUp(HOST, OPERATION))
        .isInstanceOf(DownloadHostSkippedException.class);
  }

  @Test
  void aSuccessForgetsEarlierFailures() {
    this.hosts.failed(HOST, status(503));
    this.hosts.failed(HOST, status(503));
    this.hosts.succeeded(HOST);
    this.hosts.failed(HOST, status(503));
    this.hosts.failed(HOST, status(503));

    assertThatCode(() -> this.hosts.checkUp(HOST, OPERATION)).doesNotThrowAnyException();
  }

  @Test
  void clientErrorsSayNothingAboutTheHost() {
    for (int i = 0; i < 5; i++) {
      this.hosts.failed(
          HOST,
          new NotFoundException(
              "gone", null, SegmentsErrorDetails.response(OPERATION, 404, null, null)));
    }

    assertThatCode(() -> this.hosts.checkUp(HOST, OPERATION)).doesNotThrowAnyException();
  }

  @Test
  void afterTheCoolDownTheHostIsTriedAgainAndOneFailureMarksItDownAgain() {
    this.hosts.failed(HOST, refused());
    this.clock.advance(Duration.ofSeconds(30));
    assertThatCode(() -> this.hosts.checkUp(HOST, OPERATION)).doesNotThrowAnyException();

    this.hosts.failed(HOST, status(503));

    assertThatThrownBy(() -> this.hosts.checkUp(HOST, OPERATION))
        .isInstanceOf(DownloadHostSkippedException.class);
  }

  @Test
  void otherHostsAreNotAffected() {
    this.hosts.failed(HOST, refused());

    assertThatCode(() -> this.hosts.checkUp("other.example:443", OPERATION))
        .doesNotThrowAnyException();
  }
}
