package ai.segments.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code segments.client.requests} observation; define a bean of this type to
 * replace {@link DefaultSegmentsObservationConvention}.
 */
public interface SegmentsObservationConvention
    extends ObservationConvention<SegmentsObservationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof SegmentsObservationContext;
  }
}
