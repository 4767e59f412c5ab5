package ai.segments.sample;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the embedded emulator on ({@code segments.emulator.enabled=true}) when no {@code
 * segments.api-key} is configured, so that the app starts on a fresh clone without a key or
 * network. An explicit {@code segments.emulator.enabled} always wins.
 *
 * <p>Runs after the application's config files have been loaded, so a key in {@code
 * application.yml}, a system property or the {@code SEGMENTS_API_KEY} environment variable is seen.
 */
public class EmulatorByDefault implements EnvironmentPostProcessor, Ordered {

  /** The property that switches the embedded emulator on. */
  public static final String EMULATOR_ENABLED = "segments.emulator.enabled";

  /** The API key property; without it the emulator is the default. */
  public static final String API_KEY = "segments.api-key";

  /** The name of the property source this adds. */
  public static final String PROPERTY_SOURCE = "segmentsSampleEmulatorDefault";

  /** Runs right after the application's config files have been loaded. */
  public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 1;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    boolean hasKey = StringUtils.hasText(environment.getProperty(API_KEY));
    if (!hasKey && !environment.containsProperty(EMULATOR_ENABLED)) {
      environment
          .getPropertySources()
          .addLast(new MapPropertySource(PROPERTY_SOURCE, Map.of(EMULATOR_ENABLED, "true")));
    }
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
