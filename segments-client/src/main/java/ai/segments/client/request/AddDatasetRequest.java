package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.model.Category;
import ai.segments.client.model.TaskType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A new dataset for {@link SegmentsClient#addDataset(AddDatasetRequest)}; the SDK's {@code
 * add_dataset} arguments with the SDK's defaults.
 *
 * <p>Sent to {@code POST /user/datasets/}, or {@code POST /organizations/{organization}/datasets/}
 * when an organization is set, as {@code {"name", "description", "task_type", "task_attributes",
 * "category", "public", "readme", "labeling_inactivity_timeout_seconds", <flags>, "data_type":
 * "IMAGE", ["metadata"], ["region_of_interest"]}}; metadata only when not empty, flags without a
 * {@linkplain DatasetFlag#sdkDefault() default} only when set.
 *
 * @param name the dataset name
 * @param description the description; empty by default
 * @param taskType the task type; {@link TaskType#SEGMENTATION_BITMAP} by default
 * @param taskAttributes the label editor configuration: a {@link
 *     ai.segments.client.model.TaskAttributes} or a {@code Map}, validated before sending; one
 *     category {@code object} with id 1 by default
 * @param category the category; {@link Category#OTHER} by default
 * @param isPublic whether the dataset is public; {@code false} by default
 * @param readme the readme; empty by default
 * @param metadata user metadata ({@code null} or empty: not sent)
 * @param labelingInactivityTimeoutSeconds seconds until an idle labeling session ends; 300 by
 *     default
 * @param flags the flags set explicitly; the others take their SDK default
 * @param regionOfInterest the 3D region of interest ({@code null}: not sent)
 * @param organization the organization that owns the new dataset ({@code null}: the user)
 */
public record AddDatasetRequest(
    String name,
    String description,
    TaskType taskType,
    Object taskAttributes,
    Category category,
    boolean isPublic,
    String readme,
    Map<String, Object> metadata,
    int labelingInactivityTimeoutSeconds,
    Map<DatasetFlag, Boolean> flags,
    Map<String, Object> regionOfInterest,
    String organization) {

  /** The SDK's default task attributes: one category {@code object} with id 1. */
  public static final Map<String, Object> DEFAULT_TASK_ATTRIBUTES =
      Map.of("format_version", "0.1", "categories", List.of(Map.of("name", "object", "id", 1)));

  /** Copies the flags and applies the defaults for {@code null} values. */
  public AddDatasetRequest {
    description = Objects.requireNonNullElse(description, "");
    taskType = Objects.requireNonNullElse(taskType, TaskType.SEGMENTATION_BITMAP);
    taskAttributes = Objects.requireNonNullElse(taskAttributes, DEFAULT_TASK_ATTRIBUTES);
    category = Objects.requireNonNullElse(category, Category.OTHER);
    readme = Objects.requireNonNullElse(readme, "");
    flags = (flags != null) ? Map.copyOf(flags) : Map.of();
  }

  /**
   * A dataset with just a name and the SDK's defaults otherwise.
   *
   * @param name the dataset name
   * @return the request
   */
  public static AddDatasetRequest of(String name) {
    return builder(name).build();
  }

  /**
   * Starts a request with the required name.
   *
   * @param name the dataset name
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
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
    JsonBody body =
        JsonBody.with(mapper)
            .put("name", Arguments.requirePathSegment(this.name, "name", operation))
            .put("description", this.description)
            .put("task_type", this.taskType)
            .put(
                "task_attributes",
                AttributesValidator.taskAttributes(this.taskAttributes, operation))
            .put("category", this.category)
            .put("public", this.isPublic)
            .put("readme", this.readme)
            .put("labeling_inactivity_timeout_seconds", this.labelingInactivityTimeoutSeconds);
    for (DatasetFlag flag : DatasetFlag.values()) {
      body.putIfNotNull(flag.key(), this.flags.getOrDefault(flag, flag.sdkDefault()));
    }
    return body.put("data_type", "IMAGE")
        .putIfNotNull(
            "metadata", (this.metadata == null || this.metadata.isEmpty()) ? null : this.metadata)
        .putIfNotNull("region_of_interest", this.regionOfInterest)
        .node();
  }

  /** Builds an {@link AddDatasetRequest}; unset values keep the SDK's defaults. */
  public static final class Builder {

    private final String name;
    private String description = "";
    private TaskType taskType = TaskType.SEGMENTATION_BITMAP;
    private Object taskAttributes = DEFAULT_TASK_ATTRIBUTES;
    private Category category = Category.OTHER;
    private boolean isPublic;
    private String readme = "";
    private Map<String, Object> metadata;
    private int labelingInactivityTimeoutSeconds = 300;
    private final Map<DatasetFlag, Boolean> flags = new EnumMap<>(DatasetFlag.class);
    private Map<String, Object> regionOfInterest;
    private String organization;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * The description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * The task type.
     *
     * @param taskType the task type
     * @return this builder
     */
    public Builder taskType(TaskType taskType) {
      this.taskType = taskType;
      return this;
    }

    /**
     * The label editor configuration.
     *
     * @param taskAttributes a {@link ai.segments.client.model.TaskAttributes} or a {@code Map}
     * @return this builder
     */
    public Builder taskAttributes(Object taskAttributes) {
      this.taskAttributes = taskAttributes;
      return this;
    }

    /**
     * The category.
     *
     * @param category the category, e.g. {@link Category#GARDEN} or {@code Category.of("custom-x")}
     * @return this builder
     */
    public Builder category(Category category) {
      this.category = category;
      return this;
    }

    /**
     * Whether the dataset is public.
     *
     * @param isPublic {@code true} for a public dataset
     * @return this builder
     */
    public Builder isPublic(boolean isPublic) {
      this.isPublic = isPublic;
      return this;
    }

    /**
     * The readme.
     *
     * @param readme the readme
     * @return this builder
     */
    public Builder readme(String readme) {
      this.readme = readme;
      return this;
    }

    /**
     * User metadata; an empty map is not sent.
     *
     * @param metadata the metadata
     * @return this builder
     */
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Seconds until an idle labeling session ends.
     *
     * @param seconds the timeout
     * @return this builder
     */
    public Builder labelingInactivityTimeoutSeconds(int seconds) {
      this.labelingInactivityTimeoutSeconds = seconds;
      return this;
    }

    /**
     * Sets a flag.
     *
     * @param flag the flag
     * @param value its value
     * @return this builder
     */
    public Builder flag(DatasetFlag flag, boolean value) {
      this.flags.put(Objects.requireNonNull(flag, "flag"), value);
      return this;
    }

    /**
     * The 3D region of interest.
     *
     * @param regionOfInterest the region, as the API expects it
     * @return this builder
     */
    public Builder regionOfInterest(Map<String, Object> regionOfInterest) {
      this.regionOfInterest = regionOfInterest;
      return this;
    }

    /**
     * Creates the dataset in an organization instead of the user's account.
     *
     * @param organization the organization name
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Builds the request; it is validated when sent.
     *
     * @return the request
     */
    public AddDatasetRequest build() {
      return new AddDatasetRequest(
          this.name,
          this.description,
          this.taskType,
          this.taskAttributes,
          this.category,
          this.isPublic,
          this.readme,
          this.metadata,
          this.labelingInactivityTimeoutSeconds,
          this.flags,
          this.regionOfInterest,
          this.organization);
    }
  }
}
