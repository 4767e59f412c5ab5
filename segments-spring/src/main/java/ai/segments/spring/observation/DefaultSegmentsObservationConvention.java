package ai.segments.spring.observation;

import ai.segments.client.exception.SegmentsException;
import io.micrometer.common.KeyValues;

/**
 * The default convention: observation {@value #NAME} with the low-cardinality tags {@code
 * operation}, {@code method}, {@code uri} (the path template), {@code status} (HTTP status or
 * {@code IO_ERROR}), {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR},
 * {@code UNKNOWN}) and {@code exception} (simple class name or {@code none}). No tag ever holds an
 * identifier.
 */
public class DefaultSegmentsObservationConvention implements SegmentsObservationConvention {

  /** The observation name, and so the timer name. */
  public static final String NAME = "segments.client.requests";

  /** The {@code status} value when no HTTP response was received. */
  public static final String IO_ERROR = "IO_ERROR";

  /** Creates the convention. */
  public DefaultSegmentsObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(SegmentsObservationContext context) {
    return "segments " + context.getOperation().operationName();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(SegmentsObservationContext context) {
    Throwable error = context.getError();
    return KeyValues.of(
        "operation", context.getOperation().operationName(),
        "method", context.getOperation().method().name(),
        "uri", context.getOperation().uriTemplate(),
        "status", status(context),
        "outcome", outcome(context.getStatusCode(), error),
        "exception", (error != null) ? error.getClass().getSimpleName() : "none");
  }

  private static String status(SegmentsObservationContext context) {
    Integer status = context.getStatusCode();
    return (status != null) ? status.toString() : IO_ERROR;
  }

  private static String outcome(Integer status, Throwable error) {
    if (status == null || (status < 400 && error instanceof SegmentsException)) {
      return "UNKNOWN";
    }
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    return (status >= 200 && status < 300) ? "SUCCESS" : "UNKNOWN";
  }
}
