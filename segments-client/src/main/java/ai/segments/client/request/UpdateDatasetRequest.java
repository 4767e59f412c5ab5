package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.model.Category;
import ai.segments.client.model.Patch;
import ai.segments.client.model.TaskType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The changes of {@link SegmentsClient#updateDataset(String, UpdateDatasetRequest)}; the SDK's
 * {@code update_dataset} arguments. The name cannot be changed.
 *
 * <p>Each field is a {@link Patch}: a setter that is not called leaves the field unchanged (the key
 * is not sent), a setter called with {@code null} sends JSON {@code null} (e.g. {@code
 * regionOfInterest(null)} clears the region, which the SDK cannot do). With no setter called the
 * body is {@code {}}.
 *
 * @param description the new description
 * @param taskType the new task type
 * @param taskAttributes the new label editor configuration, typed or a {@code Map}, validated
 * @param category the new category
 * @param isPublic the new visibility
 * @param readme the new readme
 * @param metadata the new metadata
 * @param labelingInactivityTimeoutSeconds the new labeling inactivity timeout
 * @param regionOfInterest the new 3D region of interest
 * @param flags the flags to change; flags not in the map are unchanged
 */
public record UpdateDatasetRequest(
    Patch<String> description,
    Patch<TaskType> taskType,
    Patch<Object> taskAttributes,
    Patch<Category> category,
    Patch<Boolean> isPublic,
    Patch<String> readme,
    Patch<Map<String, Object>> metadata,
    Patch<Integer> labelingInactivityTimeoutSeconds,
    Patch<Map<String, Object>> regionOfInterest,
    Map<DatasetFlag, Patch<Boolean>> flags) {

  /** Treats {@code null} components as unchanged and copies the flags. */
  public UpdateDatasetRequest {
    description = Patch.orUnchanged(description);
    taskType = Patch.orUnchanged(taskType);
    taskAttributes = Patch.orUnchanged(taskAttributes);
    category = Patch.orUnchanged(category);
    isPublic = Patch.orUnchanged(isPublic);
    readme = Patch.orUnchanged(readme);
    metadata = Patch.orUnchanged(metadata);
    labelingInactivityTimeoutSeconds = Patch.orUnchanged(labelingInactivityTimeoutSeconds);
    regionOfInterest = Patch.orUnchanged(regionOfInterest);
    flags = (flags != null) ? Map.copyOf(flags) : Map.of();
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
    JsonBody body =
        JsonBody.with(mapper)
            .patch("description", this.description)
            .patch("task_type", this.taskType)
            .patch(
                "task_attributes",
                this.taskAttributes.map(
                    value -> AttributesValidator.taskAttributes(value, operation)))
            .patch("category", this.category)
            .patch("public", this.isPublic)
            .patch("readme", this.readme)
            .patch("metadata", this.metadata)
            .patch("labeling_inactivity_timeout_seconds", this.labelingInactivityTimeoutSeconds)
            .patch("region_of_interest", this.regionOfInterest);
    for (DatasetFlag flag : DatasetFlag.values()) {
      body.patch(flag.key(), this.flags.getOrDefault(flag, Patch.unchanged()));
    }
    return body.node();
  }

  /** Builds an {@link UpdateDatasetRequest}; only the fields whose setters are called are sent. */
  public static final class Builder {

    private Patch<String> description = Patch.unchanged();
    private Patch<TaskType> taskType = Patch.unchanged();
    private Patch<Object> taskAttributes = Patch.unchanged();
    private Patch<Category> category = Patch.unchanged();
    private Patch<Boolean> isPublic = Patch.unchanged();
    private Patch<String> readme = Patch.unchanged();
    private Patch<Map<String, Object>> metadata = Patch.unchanged();
    private Patch<Integer> labelingInactivityTimeoutSeconds = Patch.unchanged();
    private Patch<Map<String, Object>> regionOfInterest = Patch.unchanged();
    private final Map<DatasetFlag, Patch<Boolean>> flags = new EnumMap<>(DatasetFlag.class);

    private Builder() {}

    /**
     * Changes the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Patch.of(description);
      return this;
    }

    /**
     * Changes the task type.
     *
     * @param taskType the task type
     * @return this builder
     */
    public Builder taskType(TaskType taskType) {
      this.taskType = Patch.of(taskType);
      return this;
    }

    /**
     * Replaces the label editor configuration.
     *
     * @param taskAttributes a {@link ai.segments.client.model.TaskAttributes} or a {@code Map}
     * @return this builder
     */
    public Builder taskAttributes(Object taskAttributes) {
      this.taskAttributes = Patch.of(taskAttributes);
      return this;
    }

    /**
     * Changes the category.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(Category category) {
      this.category = Patch.of(category);
      return this;
    }

    /**
     * Changes the visibility.
     *
     * @param isPublic {@code true} for public
     * @return this builder
     */
    public Builder isPublic(boolean isPublic) {
      this.isPublic = Patch.of(isPublic);
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
     * Replaces the metadata, or sends {@code null} for {@code null}.
     *
     * @param metadata the metadata
     * @return this builder
     */
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = Patch.of(metadata);
      return this;
    }

    /**
     * Changes the labeling inactivity timeout.
     *
     * @param seconds the timeout
     * @return this builder
     */
    public Builder labelingInactivityTimeoutSeconds(int seconds) {
      this.labelingInactivityTimeoutSeconds = Patch.of(seconds);
      return this;
    }

    /**
     * Replaces the 3D region of interest, or clears it with {@code null}.
     *
     * @param regionOfInterest the region, or {@code null} to send {@code null}
     * @return this builder
     */
    public Builder regionOfInterest(Map<String, Object> regionOfInterest) {
      this.regionOfInterest = Patch.of(regionOfInterest);
      return this;
    }

    /**
     * Changes a flag, or sends {@code null} for it with {@code null}.
     *
     * @param flag the flag
     * @param value the value, or {@code null} to send {@code null}
     * @return this builder
     */
    public Builder flag(DatasetFlag flag, Boolean value) {
      this.flags.put(Objects.requireNonNull(flag, "flag"), Patch.of(value));
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the request
     */
    public UpdateDatasetRequest build() {
      return new UpdateDatasetRequest(
          this.description,
          this.taskType,
          this.taskAttributes,
          this.category,
          this.isPublic,
          this.readme,
          this.metadata,
          this.labelingInactivityTimeoutSeconds,
          this.regionOfInterest,
          this.flags);
    }
  }
}
