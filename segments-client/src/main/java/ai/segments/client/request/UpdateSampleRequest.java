package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.internal.JsonNumbers;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.model.Patch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The changes of {@link SegmentsClient#updateSample(String, UpdateSampleRequest)}; the SDK's {@code
 * update_sample} arguments.
 *
 * <p>Each field is a {@link Patch}: a builder setter that is not called leaves the field unchanged
 * (its key is not sent); a setter called with {@code null} sends JSON {@code null}, e.g. {@code
 * assignedLabeler(null)} unassigns the labeler. With no setter called the body is {@code {}}.
 *
 * @param name the new name
 * @param attributes the new sample attributes, typed or a {@code Map}, validated before sending
 * @param metadata the new metadata
 * @param priority the new priority
 * @param assignedLabeler the new labeler; {@code null} value unassigns
 * @param assignedReviewer the new reviewer; {@code null} value unassigns
 * @param readme the new readme
 */
public record UpdateSampleRequest(
    Patch<String> name,
    Patch<Object> attributes,
    Patch<Map<String, Object>> metadata,
    Patch<Double> priority,
    Patch<String> assignedLabeler,
    Patch<String> assignedReviewer,
    Patch<String> readme) {

  /** Treats {@code null} components as {@link Patch#unchanged()}. */
  public UpdateSampleRequest {
    name = Patch.orUnchanged(name);
    attributes = Patch.orUnchanged(attributes);
    metadata = Patch.orUnchanged(metadata);
    priority = Patch.orUnchanged(priority);
    assignedLabeler = Patch.orUnchanged(assignedLabeler);
    assignedReviewer = Patch.orUnchanged(assignedReviewer);
    readme = Patch.orUnchanged(readme);
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
   * Validates the changes and builds the JSON body. Public for the client's resources in {@code
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
        .patch("name", this.name)
        .patch(
            "attributes",
            this.attributes.map(value -> AttributesValidator.sampleAttributes(value, operation)))
        .patch("metadata", this.metadata)
        .patch("priority", this.priority.map(JsonNumbers::integralAsInteger))
        .patch("assigned_labeler", this.assignedLabeler)
        .patch("assigned_reviewer", this.assignedReviewer)
        .patch("readme", this.readme)
        .node();
  }

  /** Builds an {@link UpdateSampleRequest}; only the fields whose setters are called are sent. */
  public static final class Builder {

    private Patch<String> name = Patch.unchanged();
    private Patch<Object> attributes = Patch.unchanged();
    private Patch<Map<String, Object>> metadata = Patch.unchanged();
    private Patch<Double> priority = Patch.unchanged();
    private Patch<String> assignedLabeler = Patch.unchanged();
    private Patch<String> assignedReviewer = Patch.unchanged();
    private Patch<String> readme = Patch.unchanged();

    private Builder() {}

    /**
     * Renames the sample.
     *
     * @param name the new name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Patch.of(name);
      return this;
    }

    /**
     * Replaces the sample attributes.
     *
     * @param attributes a {@link ai.segments.client.model.SampleAttributes} or a {@code Map}
     * @return this builder
     */
    public Builder attributes(Object attributes) {
      this.attributes = Patch.of(attributes);
      return this;
    }

    /**
     * Replaces the metadata.
     *
     * @param metadata the metadata, or {@code null} to send {@code null}
     * @return this builder
     */
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = Patch.of(metadata);
      return this;
    }

    /**
     * Changes the priority.
     *
     * @param priority the priority
     * @return this builder
     */
    public Builder priority(double priority) {
      this.priority = Patch.of(priority);
      return this;
    }

    /**
     * Assigns a labeler, or unassigns with {@code null} (sends {@code "assigned_labeler": null}).
     *
     * @param assignedLabeler the username, or {@code null} to unassign
     * @return this builder
     */
    public Builder assignedLabeler(String assignedLabeler) {
      this.assignedLabeler = Patch.of(assignedLabeler);
      return this;
    }

    /**
     * Assigns a reviewer, or unassigns with {@code null} (sends {@code "assigned_reviewer": null}).
     *
     * @param assignedReviewer the username, or {@code null} to unassign
     * @return this builder
     */
    public Builder assignedReviewer(String assignedReviewer) {
      this.assignedReviewer = Patch.of(assignedReviewer);
      return this;
    }

    /**
     * Replaces the readme.
     *
     * @param readme the readme
     * @return this builder
     */
    public Builder readme(String readme) {
      this.readme = Patch.of(readme);
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the request
     */
    public UpdateSampleRequest build() {
      return new UpdateSampleRequest(
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
