package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/** Logs once, when the app is ready, which Segments API it talks to. */
@Component
public class SegmentsStartupLog {

  private static final Logger logger = LoggerFactory.getLogger(SegmentsStartupLog.class);

  private final SegmentsClient client;
  private final ConfigurableEnvironment environment;

  /**
   * Creates the logger.
   *
   * @param client the auto-configured client
   * @param environment the application environment
   */
  public SegmentsStartupLog(SegmentsClient client, ConfigurableEnvironment environment) {
    this.client = client;
    this.environment = environment;
  }

  /** Logs the API the client talks to once the application is ready. */
  @EventListener(ApplicationReadyEvent.class)
  public void logTarget() {
    logger.info(message());
  }

  /**
   * The startup line, e.g. {@code Segments API: embedded emulator at http://127.0.0.1:PORT/ (no
   * segments.api-key set)}.
   *
   * @return the message
   */
  public String message() {
    if (!this.environment.getProperty(
        EmulatorByDefault.EMULATOR_ENABLED, Boolean.class, Boolean.FALSE)) {
      return "Segments API: " + this.client.baseUrl();
    }
    boolean byDefault =
        this.environment.getPropertySources().contains(EmulatorByDefault.PROPERTY_SOURCE);
    return "Segments API: embedded emulator at "
        + this.client.baseUrl()
        + (byDefault ? " (no segments.api-key set)" : " (segments.emulator.enabled=true)");
  }
}
