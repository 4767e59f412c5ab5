package ai.segments.sample;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Binds the app to 127.0.0.1 ({@code server.address}) while it runs on the embedded emulator, where
 * it asks for no login, so that only this machine can reach it. An explicit {@code server.address}
 * always wins; against the real API the app listens wherever it is configured to and asks for
 * credentials ({@link SampleSecurityConfiguration}).
 *
 * <p>Runs right after {@link EmulatorByDefault}, so the emulator it switched on is seen.
 */
public class LocalhostForEmulator implements EnvironmentPostProcessor, Ordered {

  /** The server address property. */
  public static final String SERVER_ADDRESS = "server.address";

  /** The address used on the embedded emulator. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The name of the property source this adds. */
  public static final String PROPERTY_SOURCE = "segmentsSampleLocalhostForEmulator";

  /** Creates the post-processor; instantiated by Spring Boot from {@code spring.factories}. */
  public LocalhostForEmulator() {}

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    boolean emulator =
        environment.getProperty(EmulatorByDefault.EMULATOR_ENABLED, Boolean.class, Boolean.FALSE);
    if (emulator && !environment.containsProperty(SERVER_ADDRESS)) {
      environment
          .getPropertySources()
          .addLast(new MapPropertySource(PROPERTY_SOURCE, Map.of(SERVER_ADDRESS, LOOPBACK)));
    }
  }

  @Override
  public int getOrder() {
    return EmulatorByDefault.ORDER + 1;
  }
}
