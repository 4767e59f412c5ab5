package ai.segments.spring.observation;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.SegmentsException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Observes every logical {@code SegmentsClient} call as one {@code segments.client.requests}
 * observation. Registered first (outermost), so that retries happen inside the observation.
 */
public final class SegmentsObservationInterceptor implements SegmentsCallInterceptor {

  private static final SegmentsObservationConvention DEFAULT_CONVENTION =
      new DefaultSegmentsObservationConvention();

  private final ObservationRegistry registry;
  private final SegmentsObservationConvention customConvention;

  /**
   * Creates the interceptor.
   *
   * @param registry the registry, e.g. Spring Boot's, whose handlers record timers and spans
   * @param customConvention a convention replacing the default one, or {@code null}
   */
  public SegmentsObservationInterceptor(
      ObservationRegistry registry, SegmentsObservationConvention customConvention) {
    this.registry = registry;
    this.customConvention = customConvention;
  }

  @Override
  public <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain) {
    SegmentsObservationContext context = new SegmentsObservationContext(call.operation());
    return Observation.createNotStarted(
            this.customConvention, DEFAULT_CONVENTION, () -> context, this.registry)
        .observe(
            () -> {
              try {
                SegmentsResponse<T> response = chain.proceed(call);
                context.setStatusCode(response.statusCode());
                return response;
              } catch (SegmentsException ex) {
                context.setStatusCode(ex.statusCode().stream().boxed().findFirst().orElse(null));
                throw ex;
              }
            });
  }
}
