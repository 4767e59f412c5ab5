package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.model.TaskType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The options of {@link SegmentsClient#cloneDataset(String, CloneDatasetRequest)}; the SDK's {@code
 * clone_dataset} arguments.
 *
 * <p>Sent as {@code {"name", ["task_type"], ["public"], ["owner"], "clone_labels"}}.
 *
 * @param newName the clone's name ({@code null}: the source name followed by {@code -clone})
 * @param newTaskType the clone's task type ({@code null}: the source's)
 * @param newPublic the clone's visibility ({@code null}: the source's)
 * @param organization the organization that owns the clone ({@code null}: the user)
 * @param cloneLabels whether to copy the labels too; {@code false} by default
 */
public record CloneDatasetRequest(
    String newName,
    TaskType newTaskType,
    Boolean newPublic,
    String organization,
    boolean cloneLabels) {

  /**
   * The SDK's defaults: a clone named {@code <name>-clone} without labels.
   *
   * @return the request
   */
  public static CloneDatasetRequest defaults() {
    return builder().build();
  }

  /**
   * Starts a request with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the request and builds its JSON body for the source dataset's name. Public for the
   * client's resources in {@code ai.segments.client.internal.resource}; applications pass the
   * request to {@code SegmentsClient} instead.
   *
   * @param mapper the client's JSON mapper
   * @param sourceName the name of the dataset being cloned
   * @param operation the operation that errors name
   * @return the body
   * @throws ai.segments.client.exception.ValidationException if the request is invalid
   */
  public ObjectNode toJson(ObjectMapper mapper, String sourceName, String operation) {
    String name = (this.newName != null) ? this.newName : sourceName + "-clone";
    return JsonBody.with(mapper)
        .put("name", Arguments.requirePathSegment(name, "newName", operation))
        .putIfNotNull("task_type", this.newTaskType)
        .putIfNotNull("public", this.newPublic)
        .putIfNotNull("owner", Arguments.optionalText(this.organization, "organization", operation))
        .put("clone_labels", this.cloneLabels)
        .node();
  }

  /** Builds a {@link CloneDatasetRequest}. */
  public static final class Builder {

    private String newName;
    private TaskType newTaskType;
    private Boolean newPublic;
    private String organization;
    private boolean cloneLabels;

    private Builder() {}

    /**
     * The clone's name.
     *
     * @param newName the name
     * @return this builder
     */
    public Builder newName(String newName) {
      this.newName = newName;
      return this;
    }

    /**
     * The clone's task type.
     *
     * @param newTaskType the task type
     * @return this builder
     */
    public Builder newTaskType(TaskType newTaskType) {
      this.newTaskType = newTaskType;
      return this;
    }

    /**
     * The clone's visibility.
     *
     * @param newPublic {@code true} for public
     * @return this builder
     */
    public Builder newPublic(boolean newPublic) {
      this.newPublic = newPublic;
      return this;
    }

    /**
     * The organization that owns the clone.
     *
     * @param organization the organization name
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Whether to copy the labels.
     *
     * @param cloneLabels {@code true} to copy them
     * @return this builder
     */
    public Builder cloneLabels(boolean cloneLabels) {
      this.cloneLabels = cloneLabels;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public CloneDatasetRequest build() {
      return new CloneDatasetRequest(
          this.newName, this.newTaskType, this.newPublic, this.organization, this.cloneLabels);
    }
  }
}
