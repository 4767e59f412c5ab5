package ai.segments.spring.web;

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
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Throws the Segments exception named in the path, with a secret and upstream text in it. */
@RestController
public class ThrowingController {

  public static final String SECRET = "sk-secret-api-key";
  public static final String UPSTREAM = "upstream body with internals";

  private static final Map<String, Function<SegmentsErrorDetails, SegmentsException>> EXCEPTIONS =
      Map.ofEntries(
          Map.entry("validation", d -> new ValidationException(message(), null, d)),
          Map.entry("not-found", d -> new NotFoundException(message(), null, d)),
          Map.entry("already-exists", d -> new AlreadyExistsException(message(), null, d)),
          Map.entry("throttled", d -> new ApiLimitException(message(), null, d)),
          Map.entry("timeout", d -> new SegmentsTimeoutException(message(), null, d)),
          Map.entry("authentication", d -> new AuthenticationException(message(), null, d)),
          Map.entry("authorization", d -> new AuthorizationException(message(), null, d)),
          Map.entry("network", d -> new NetworkException(message(), null, d)),
          Map.entry("subscription", d -> new SubscriptionException(message(), null, d)),
          Map.entry("collaborator", d -> new CollaboratorException(message(), null, d)),
          Map.entry("other", d -> new SegmentsException(message(), null, d)));

  private static String message() {
    return "failed with key " + SECRET + ": " + UPSTREAM;
  }

  @GetMapping("/throw/{kind}")
  public String fail(@PathVariable String kind) {
    Duration wait = kind.equals("throttled") ? Duration.ofMillis(6_200) : null;
    throw EXCEPTIONS
        .get(kind)
        .apply(SegmentsErrorDetails.response("getSample", 418, UPSTREAM + " " + SECRET, wait));
  }

  @GetMapping("/throw-unknown-wait")
  public String throttledWithoutWait() {
    throw new ApiLimitException(
        message(), null, SegmentsErrorDetails.response("getSample", 429, UPSTREAM, null));
  }
}
