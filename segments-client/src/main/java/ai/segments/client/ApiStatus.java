package ai.segments.client;

import ai.segments.client.internal.SegmentsLibrary;
import java.util.Optional;

/**
 * The answer of the API's {@code api_status} endpoint.
 *
 * @param statusCode the HTTP status code
 * @param upgradeRecommended {@code true} when the API answered 426: the client still works, but a
 *     newer version is available
 */
public record ApiStatus(int statusCode, boolean upgradeRecommended) {

  /**
   * What to do about a 426 answer: the advice to upgrade this library, naming its version.
   *
   * @return the advice, or empty when no upgrade is recommended
   */
  public Optional<String> upgradeAdvice() {
    if (!this.upgradeRecommended) {
      return Optional.empty();
    }
    return Optional.of(
        "The Segments API recommends a newer version of this library (HTTP 426 for lib_version "
            + SegmentsLibrary.version()
            + "): upgrade ai.segments:segments-spring-boot-starter. Requests keep working"
            + " meanwhile.");
  }
}
