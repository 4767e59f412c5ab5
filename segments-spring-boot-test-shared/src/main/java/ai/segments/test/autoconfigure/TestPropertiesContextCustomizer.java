package ai.segments.test.autoconfigure;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds properties in front of a test context's environment, so that they win over the
 * application's; two customizers with the same properties share a cached context.
 *
 * @param properties the property names and values
 */
record TestPropertiesContextCustomizer(Map<String, Object> properties)
    implements ContextCustomizer {

  @Override
  public void customizeContext(
      ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("segmentsEmulatorTestProperties", this.properties));
  }
}
