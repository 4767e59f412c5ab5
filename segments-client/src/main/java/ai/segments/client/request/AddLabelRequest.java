package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.model.LabelStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A label for {@link SegmentsClient#addLabel(String, String, AddLabelRequest)}, which creates or
 * replaces the label of a sample in a labelset; the SDK's {@code add_label} arguments.
 *
 * <p>Sent as {@code {"label_status", "attributes", ["score"]}}.
 *
 * @param attributes the label attributes: a {@link ai.segments.client.model.LabelAttributes} or a
 *     {@code Map}, validated before sending and sent as given
 * @param labelStatus the label status; {@link LabelStatus#PRELABELED} by default
 * @param score a confidence score ({@code null}: not sent)
 */
public record AddLabelRequest(Object attributes, LabelStatus labelStatus, Double score) {

  /** Applies the default status for a {@code null} one. */
  public AddLabelRequest {
    labelStatus = Objects.requireNonNullElse(labelStatus, LabelStatus.PRELABELED);
  }

  /**
   * A prelabeled label without score.
   *
   * @param attributes the label attributes, typed or a {@code Map}
   * @return the request
   */
  public static AddLabelRequest of(Object attributes) {
    return new AddLabelRequest(attributes, LabelStatus.PRELABELED, null);
  }

  /**
   * Starts a request with the required attributes.
   *
   * @param attributes the label attributes, typed or a {@code Map}
   * @return a builder
   */
  public static Builder builder(Object attributes) {
    return new Builder(attributes);
  }

  /**
   * Validates the request and builds its JSON body. Public for the client's resources in {@code
   * ai.segments.client.internal.resource}; applications pass the request to {@code SegmentsClient}
   * instead.
   *
   * @param mapper the client's JSON mapper
   * @param operation the operation that errors name
   * @return the body
   * @throws ai.segments.client.exception.ValidationException if the request is invalid
   */
  public ObjectNode toJson(ObjectMapper mapper, String operation) {
    return JsonBody.with(mapper)
        .put("label_status", this.labelStatus)
        .put("attributes", AttributesValidator.labelAttributes(this.attributes, operation))
        .putIfNotNull("score", this.score)
        .node();
  }

  /** Builds an {@link AddLabelRequest}. */
  public static final class Builder {

    private final Object attributes;
    private LabelStatus labelStatus = LabelStatus.PRELABELED;
    private Double score;

    private Builder(Object attributes) {
      this.attributes = attributes;
    }

    /**
     * The label status.
     *
     * @param labelStatus the status, e.g. {@link LabelStatus#LABELED}
     * @return this builder
     */
    public Builder labelStatus(LabelStatus labelStatus) {
      this.labelStatus = labelStatus;
      return this;
    }

    /**
     * A confidence score, e.g. of a model prediction.
     *
     * @param score the score
     * @return this builder
     */
    public Builder score(double score) {
      this.score = score;
      return this;
    }

    /**
     * Builds the request; it is validated when sent.
     *
     * @return the request
     */
    public AddLabelRequest build() {
      return new AddLabelRequest(this.attributes, this.labelStatus, this.score);
    }
  }
}
