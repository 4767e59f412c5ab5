package ai.segments.spring.support;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import ai.segments.client.call.SegmentsCall;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;

/**
 * Stubs that answer each attempt of a call by its retry-count header (deterministic, unlike
 * scenarios, whose state moves after the answer is sent), and reads what the server received.
 */
public final class AttemptStubs {

  private AttemptStubs() {}

  /**
   * Answers attempt {@code n} with {@code answers[n-1]}, and every later attempt with the last one.
   *
   * @param server the server
   * @param path the request path
   * @param answers the answers, by attempt
   */
  public static void answerAttempts(
      WireMockExtension server, String path, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      server.stubFor(
          any(urlPathEqualTo(path))
              .atPriority(1)
              .withHeader(
                  SegmentsCall.RETRY_COUNT_HEADER,
                  (i == 0) ? absent() : equalTo(Integer.toString(i)))
              .willReturn(answers[i]));
    }
    server.stubFor(any(urlPathEqualTo(path)).atPriority(5).willReturn(answers[answers.length - 1]));
  }

  /**
   * The requests with the given API key that the server received, once their number is {@code
   * expected} and stays so (the server logs a request after answering it).
   *
   * @param server the server
   * @param path the request path
   * @param apiKey the key that tells this test's requests apart
   * @param expected how many requests are expected
   * @return the requests; fewer or more than expected if the wait timed out
   */
  public static List<LoggedRequest> received(
      WireMockExtension server, String path, String apiKey, int expected) {
    try {
      await()
          .pollDelay(Duration.ZERO)
          .during(Duration.ofMillis(100))
          .atMost(Duration.ofSeconds(3))
          .until(() -> find(server, path, apiKey).size() == expected);
    } catch (org.awaitility.core.ConditionTimeoutException ex) {
      // fall through: the caller's assertion shows what was received
    }
    return find(server, path, apiKey);
  }

  private static List<LoggedRequest> find(WireMockExtension server, String path, String apiKey) {
    return server.findAll(
        anyRequestedFor(urlPathEqualTo(path))
            .withHeader("Authorization", equalTo("APIKey " + apiKey)));
  }

  /**
   * The retry-count headers of requests, {@code "null"} for the first attempt, sorted.
   *
   * @param requests the requests
   * @return the header values
   */
  public static List<String> retryCounts(List<LoggedRequest> requests) {
    return requests.stream()
        .map(request -> String.valueOf(request.getHeader(SegmentsCall.RETRY_COUNT_HEADER)))
        .sorted((a, b) -> a.equals("null") ? -1 : b.equals("null") ? 1 : a.compareTo(b))
        .toList();
  }
}
