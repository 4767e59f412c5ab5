package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Patch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes of {@link SegmentsClient#updateLabel(String, String, UpdateLabelRequest)}; the SDK's
 * {@code update_label} arguments.
 *
 * <p>Each field is a {@link Patch}: a setter that is not called leaves the field unchanged, a
 * setter called with {@code null} sends JSON {@code null} (e.g. {@code score(null)} clears the
 * score).
 *
 * @param attributes the new label attributes, typed or a {@code Map}, validated before sending
 * @param labelStatus the new status
 * @param score the new score
 */
public record UpdateLabelRequest(
    Patch<Object> attributes, Patch<LabelStatus> labelStatus, Patch<Double> score) {

  /** Treats {@code null} components as {@link Patch#unchanged()}. */
  public UpdateLabelRequest {
    attributes = Patch.orUnchanged(attributes);
    labelStatus = Patch.orUnchanged(labelStatus);
    score = Patch.orUnchanged(score);
  }

  /**
   * Starts an update that changes nothing until setters are called.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the changes and builds the JSON body, in the SDK's key order. Public for the client's
   * resources in {@code ai.segments.client.internal.resource}; applications pass the request to
   * {@code SegmentsClient} instead.
   *
   * @param mapper the client's JSON mapper
   * @param operation the operation that errors name
   * @return the body
   * @throws ai.segments.client.exception.ValidationException if the request is invalid
   */
  public ObjectNode toJson(ObjectMapper mapper, String operation) {
    return JsonBody.with(mapper)
        .patch(
            "attributes",
            this.attributes.map(value -> AttributesValidator.labelAttributes(value, operation)))
        .patch("label_status", this.labelStatus)
        .patch("score", this.score)
        .node();
  }

  /** Builds an {@link UpdateLabelRequest}; only the fields whose setters are called are sent. */
  public static final class Builder {

    private Patch<Object> attributes = Patch.unchanged();
    private Patch<LabelStatus> labelStatus = Patch.unchanged();
    private Patch<Double> score = Patch.unchanged();

    private Builder() {}

    /**
     * Replaces the label attributes.
     *
     * @param attributes a {@link ai.segments.client.model.LabelAttributes} or a {@code Map}
     * @return this builder
     */
    public Builder attributes(Object attributes) {
      this.attributes = Patch.of(attributes);
      return this;
    }

    /**
     * Changes the status.
     *
     * @param labelStatus the status
     * @return this builder
     */
    public Builder labelStatus(LabelStatus labelStatus) {
      this.labelStatus = Patch.of(labelStatus);
      return this;
    }

    /**
     * Changes the score, or clears it with {@code null}.
     *
     * @param score the score, or {@code null} to send {@code null}
     * @return this builder
     */
    public Builder score(Double score) {
      this.score = Patch.of(score);
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the request
     */
    public UpdateLabelRequest build() {
      return new UpdateLabelRequest(this.attributes, this.labelStatus, this.score);
    }
  }
}
