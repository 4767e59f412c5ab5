package ai.segments.spring.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Receives Segments.ai webhook POSTs: checks the body size and content type, verifies the Svix
 * signature on the raw bytes, acknowledges re-deliveries of an already processed message id, reads
 * the envelope and publishes a {@link SegmentsWebhookEvent} to the application's listeners on the
 * request thread.
 *
 * <table>
 *   <caption>Answers</caption>
 *   <tr><th>status</th><th>when</th></tr>
 *   <tr><td>200 {@code {"status":"accepted"}}</td><td>published to the listeners</td></tr>
 *   <tr><td>200 {@code {"status":"duplicate"}}</td><td>a message id already processed that can
 *       still verify (until its timestamp plus the tolerance); not published again</td></tr>
 *   <tr><td>400</td><td>verified, but not an event envelope</td></tr>
 *   <tr><td>401</td><td>missing or malformed signature headers, a timestamp out of tolerance,
 *       no matching signature</td></tr>
 *   <tr><td>413</td><td>a body larger than {@code segments.webhook.max-body-size}</td></tr>
 *   <tr><td>415</td><td>a content type other than JSON</td></tr>
 *   <tr><td>500</td><td>a listener threw; the message id is forgotten so a retry is processed</td></tr>
 *   <tr><td>503 with {@code Retry-After}</td><td>a new message id while the replay cache is full
 *       of ids that can still verify ({@code segments.webhook.replay-cache-size}); the header says
 *       when the earliest expires</td></tr>
 * </table>
 *
 * <p>Errors are {@code application/problem+json} bodies without stack traces or secrets.
 */
public class SegmentsWebhookHandler implements HandlerFunction<ServerResponse> {

  private static final Log logger = LogFactory.getLog(SegmentsWebhookHandler.class);

  private final WebhookSignatureVerifier verifier;
  private final WebhookReplayCache replayCache;
  private final WebhookEventReader reader;
  private final ApplicationEventPublisher publisher;
  private final int maxBodySize;

  /**
   * Creates the handler.
   *
   * @param verifier verifies signatures
   * @param replayCache remembers processed message ids
   * @param reader reads verified bodies
   * @param publisher publishes the events
   * @param maxBodySize the largest accepted body in bytes
   */
  public SegmentsWebhookHandler(
      WebhookSignatureVerifier verifier,
      WebhookReplayCache replayCache,
      WebhookEventReader reader,
      ApplicationEventPublisher publisher,
      long maxBodySize) {
    this.verifier = verifier;
    this.replayCache = replayCache;
    this.reader = reader;
    this.publisher = publisher;
    this.maxBodySize = (int) Math.min(maxBodySize, Integer.MAX_VALUE - 16);
  }

  /**
   * Handles one webhook request.
   *
   * @param request the request
   * @return the answer
   * @throws IOException if the body cannot be read
   */
  @Override
  public ServerResponse handle(ServerRequest request) throws IOException {
    OptionalLong length = request.headers().contentLength();
    if (length.isPresent() && length.getAsLong() > maxBodySize) {
      return tooLarge();
    }
    if (!isJson(request.headers().contentType().orElse(null))) {
      return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The webhook body must be JSON.");
    }
    byte[] body;
    try (InputStream in = request.servletRequest().getInputStream()) {
      body = in.readNBytes(maxBodySize + 1);
    }
    if (body.length > maxBodySize) {
      return tooLarge();
    }
    VerifiedWebhookMessage message;
    SegmentsWebhookEvent event;
    try {
      message = verifier.verify(name -> request.headers().firstHeader(name), body);
      event = reader.read(message.id(), body);
    } catch (WebhookVerificationException e) {
      logger.debug("Rejected a Segments webhook: " + e.getMessage());
      return problem(HttpStatus.UNAUTHORIZED, e.getMessage());
    } catch (MalformedWebhookException e) {
      logger.debug("Rejected a Segments webhook: " + e.getMessage());
      return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    String messageId = message.id();
    try {
      if (!replayCache.markIfNew(message)) {
        logger.debug("Acknowledged a re-delivered Segments webhook " + messageId);
        return acknowledge("duplicate", messageId);
      }
    } catch (WebhookReplayCacheFullException e) {
      logger.warn("Refused a Segments webhook for now: " + e.getMessage());
      return problem(
          ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
              .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds())),
          HttpStatus.SERVICE_UNAVAILABLE,
          "Too many recent webhook messages to accept another now; retry later.");
    }
    try {
      publisher.publishEvent(event);
    } catch (RuntimeException e) {
      replayCache.forget(messageId);
      logger.error("A listener failed on Segments webhook " + messageId, e);
      return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The webhook could not be processed.");
    }
    return acknowledge("accepted", messageId);
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  private ServerResponse tooLarge() {
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE, "The webhook body is larger than " + maxBodySize + " bytes.");
  }

  private static ServerResponse acknowledge(String status, String messageId) {
    return ServerResponse.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", status, "message_id", messageId));
  }

  private static ServerResponse problem(HttpStatus status, String detail) {
    return problem(ServerResponse.status(status), status, detail);
  }

  private static ServerResponse problem(
      ServerResponse.BodyBuilder response, HttpStatus status, String detail) {
    return response
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
