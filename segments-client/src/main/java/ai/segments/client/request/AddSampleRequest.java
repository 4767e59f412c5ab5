package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.internal.JsonNumbers;
import ai.segments.client.json.AttributesValidator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A new sample for {@link SegmentsClient#addSample(String, AddSampleRequest)} and {@link
 * SegmentsClient#addSamples(String, java.util.List)}; the SDK's {@code add_sample} arguments.
 *
 * <p>Sent as {@code {"name", "attributes", ["metadata"], "priority", ["assigned_labeler"],
 * ["assigned_reviewer"], "readme"}}: optional keys only when set (an empty metadata map is sent).
 *
 * @param name the sample name, unique in its dataset
 * @param attributes the sample attributes: a {@link ai.segments.client.model.SampleAttributes} or a
 *     {@code Map}, validated before sending and sent as given
 * @param metadata user metadata ({@code null}: not sent)
 * @param priority the labeling priority; 0 by default
 * @param assignedLabeler the username of the assigned labeler ({@code null}: not sent)
 * @param assignedReviewer the username of the assigned reviewer ({@code null}: not sent)
 * @param readme the sample's readme; empty by default
 */
public record AddSampleRequest(
    String name,
    Object attributes,
    Map<String, Object> metadata,
    double priority,
    String assignedLabeler,
    String assignedReviewer,
    String readme) {

  /**
   * A sample with just a name and attributes and the SDK's defaults otherwise.
   *
   * @param name the sample name
   * @param attributes the sample attributes, typed or a {@code Map}
   * @return the request
   */
  public static AddSampleRequest of(String name, Object attributes) {
    return builder(name, attributes).build();
  }

  /**
   * Starts a request with the required values.
   *
   * @param name the sample name
   * @param attributes the sample attributes, typed or a {@code Map}
   * @return a builder
   */
  public static Builder builder(String name, Object attributes) {
    return new Builder(name, attributes);
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
        .put("name", Arguments.requireText(this.name, "name", operation))
        .put("attributes", AttributesValidator.sampleAttributes(this.attributes, operation))
        .putIfNotNull("metadata", this.metadata)
        .put("priority", JsonNumbers.integralAsInteger(this.priority))
        .putIfNotNull("assigned_labeler", this.assignedLabeler)
        .putIfNotNull("assigned_reviewer", this.assignedReviewer)
        .put("readme", (this.readme != null) ? this.readme : "")
        .node();
  }

  /** Builds an {@link AddSampleRequest}. */
  public static final class Builder {

    private final String name;
    private final Object attributes;
    private Map<String, Object> metadata;
    private double priority;
    private String assignedLabeler;
    private String assignedReviewer;
    private String readme = "";

    private Builder(String name, Object attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    /**
     * User metadata.
     *
     * @param metadata the metadata, sent as given
     * @return this builder
     */
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * The labeling priority.
     *
     * @param priority the priority; higher is labeled first
     * @return this builder
     */
    public Builder priority(double priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Assigns a labeler.
     *
     * @param assignedLabeler the labeler's username
     * @return this builder
     */
    public Builder assignedLabeler(String assignedLabeler) {
      this.assignedLabeler = assignedLabeler;
      return this;
    }

    /**
     * Assigns a reviewer.
     *
     * @param assignedReviewer the reviewer's username
     * @return this builder
     */
    public Builder assignedReviewer(String assignedReviewer) {
      this.assignedReviewer = assignedReviewer;
      return this;
    }

    /**
     * The sample's readme.
     *
     * @param readme the readme text
     * @return this builder
     */
    public Builder readme(String readme) {
      this.readme = readme;
      return this;
    }

    /**
     * Builds the request; it is validated when sent.
     *
     * @return the request
     */
    public AddSampleRequest build() {
      return new AddSampleRequest(
          this.name,
          this.attributes,
          this.metadata,
          this.priority,
          this.assignedLabeler,
          this.assignedReviewer,
          this.readme);
    }
  }
}
