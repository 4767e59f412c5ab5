package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Application instances as users run them: each a Spring context with the starter's
 * auto-configuration, its own {@code SegmentsClient} and the given properties.
 */
final class ApplicationInstances implements AutoCloseable {

  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

  /**
   * Starts the instances.
   *
   * @param count how many
   * @param apiUrl the value of {@code segments.api-url}
   * @param apiKey the value of {@code segments.api-key}
   * @param properties more properties of each
   */
  ApplicationInstances(int count, String apiUrl, String apiKey, Map<String, Object> properties) {
    Map<String, Object> all = new LinkedHashMap<>(properties);
    all.put("segments.api-url", apiUrl);
    all.put("segments.api-key", apiKey);
    all.put("spring.main.banner-mode", Banner.Mode.OFF.name());
    all.put("spring.main.log-startup-info", false);
    for (int i = 0; i < count; i++) {
      this.contexts.add(
          new SpringApplicationBuilder(Instance.class)
              .web(WebApplicationType.NONE)
              .properties(all)
              .run());
    }
  }

  /**
   * The client of each instance.
   *
   * @return one client per instance
   */
  List<SegmentsClient> clients() {
    return this.contexts.stream().map(context -> context.getBean(SegmentsClient.class)).toList();
  }

  @Override
  public void close() {
    this.contexts.forEach(ConfigurableApplicationContext::close);
  }

  /**
   * An application with nothing but the starter: Spring Boot's auto-configuration picks the HTTP
   * client, the {@code RestClient.Builder} and the starter's {@code SegmentsClient}.
   */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class Instance {}
}
