package ai.segments.autoconfigure;

import ai.segments.client.SegmentsClient;

/**
 * Adjusts the auto-configured {@link SegmentsClient} before it is built, e.g. to add an {@link
 * ai.segments.client.call.SegmentsCallInterceptor}, which then runs inside the observation and
 * retry interceptors (once per attempt).
 *
 * <p>Customizer beans are applied in {@link org.springframework.core.annotation.Order order}, after
 * the settings from {@link SegmentsProperties}.
 */
@FunctionalInterface
public interface SegmentsClientCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder of the auto-configured client
   */
  void customize(SegmentsClient.Builder builder);
}
