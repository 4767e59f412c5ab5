package ai.segments.spring.observation;

import ai.segments.client.call.SegmentsOperation;
import io.micrometer.observation.Observation;

/** What an observation of one logical {@code SegmentsClient} call knows: operation and status. */
public class SegmentsObservationContext extends Observation.Context {

  private final SegmentsOperation operation;
  private Integer statusCode;

  /**
   * Creates the context.
   *
   * @param operation the operation being called
   */
  public SegmentsObservationContext(SegmentsOperation operation) {
    this.operation = operation;
  }

  /**
   * The operation being called.
   *
   * @return the operation
   */
  public SegmentsOperation getOperation() {
    return this.operation;
  }

  /**
   * The HTTP status of the last attempt.
   *
   * @return the status, or {@code null} when no response was received
   */
  public Integer getStatusCode() {
    return this.statusCode;
  }

  /**
   * Sets the HTTP status of the last attempt.
   *
   * @param statusCode the status
   */
  public void setStatusCode(Integer statusCode) {
    this.statusCode = statusCode;
  }
}
