package ai.segments.autoconfigure.emulator.webhook;

import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.webhook.WebhookTarget;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Once the application's web server is up, registers the application's own webhook endpoint ({@code
 * http://127.0.0.1:<port><context path><segments.webhook.path>}, signed with {@code
 * segments.webhook.secret}) as a webhook target of the embedded emulator, so that changes made
 * through the emulator reach the application's {@code SegmentsWebhookEvent} listeners.
 */
public class EmulatorWebhookRegistrar implements SmartLifecycle {

  private static final Log logger = LogFactory.getLog(EmulatorWebhookRegistrar.class);

  private final SegmentsEmulator emulator;
  private final String path;
  private final String secret;
  private final Supplier<Integer> serverPort;
  private final AtomicBoolean registered = new AtomicBoolean();

  /**
   * Creates the registrar.
   *
   * @param emulator the embedded emulator
   * @param path the endpoint path including the servlet context path, starting with {@code /}
   * @param secret the endpoint's signing secret
   * @param serverPort the port of the application's main web server once it is up ({@code
   *     local.server.port}), or {@code null} when there is none
   */
  public EmulatorWebhookRegistrar(
      SegmentsEmulator emulator, String path, String secret, Supplier<Integer> serverPort) {
    this.emulator = emulator;
    this.path = path;
    this.secret = secret;
    this.serverPort = serverPort;
  }

  /**
   * Registers the endpoint on the application's main web server (not a management server), if there
   * is one. Runs in the last lifecycle phase, after the web server has started.
   */
  @Override
  public void start() {
    Integer port = this.serverPort.get();
    if (port != null) {
      register(port);
    }
  }

  /** Nothing to stop: the emulator forgets its targets when it stops. */
  @Override
  public void stop() {}

  /**
   * Whether the endpoint is registered.
   *
   * @return {@code true} once registered
   */
  @Override
  public boolean isRunning() {
    return this.registered.get();
  }

  /**
   * Registers the endpoint on the given port, once.
   *
   * @param port the application's HTTP port
   * @return the target, or {@code null} if already registered
   */
  public WebhookTarget register(int port) {
    if (!registered.compareAndSet(false, true)) {
      return null;
    }
    URI url = URI.create("http://127.0.0.1:" + port + path);
    WebhookTarget target = emulator.webhooks().register(url, secret);
    logger.info("Embedded Segments emulator sends webhooks to " + url);
    return target;
  }
}
