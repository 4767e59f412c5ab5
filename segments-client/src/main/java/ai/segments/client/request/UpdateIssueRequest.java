package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.model.IssueStatus;
import ai.segments.client.model.Patch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes of {@link SegmentsClient#updateIssue(String, UpdateIssueRequest)}; the SDK's {@code
 * update_issue} arguments.
 *
 * <p>Each field is a {@link Patch}: a setter that is not called leaves the field unchanged, a
 * setter called with {@code null} sends JSON {@code null} (e.g. {@code anchor(null)} removes the
 * anchor, which the SDK cannot do).
 *
 * @param description the new description
 * @param status the new status
 * @param anchor the new anchor, an {@link ai.segments.client.model.IssueAnchor} or a {@code Map}
 */
public record UpdateIssueRequest(
    Patch<String> description, Patch<IssueStatus> status, Patch<Object> anchor) {

  /** Treats {@code null} components as {@link Patch#unchanged()}. */
  public UpdateIssueRequest {
    description = Patch.orUnchanged(description);
    status = Patch.orUnchanged(status);
    anchor = Patch.orUnchanged(anchor);
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
        .patch("description", this.description)
        .patch("status", this.status)
        .patch(
            "anchor", this.anchor.map(value -> AttributesValidator.issueAnchor(value, operation)))
        .node();
  }

  /** Builds an {@link UpdateIssueRequest}; only the fields whose setters are called are sent. */
  public static final class Builder {

    private Patch<String> description = Patch.unchanged();
    private Patch<IssueStatus> status = Patch.unchanged();
    private Patch<Object> anchor = Patch.unchanged();

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
     * Changes the status, e.g. closes the issue.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(IssueStatus status) {
      this.status = Patch.of(status);
      return this;
    }

    /**
     * Moves the anchor, or removes it with {@code null}.
     *
     * @param anchor an {@link ai.segments.client.model.IssueAnchor}, a {@code Map}, or {@code null}
     * @return this builder
     */
    public Builder anchor(Object anchor) {
      this.anchor = Patch.of(anchor);
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the request
     */
    public UpdateIssueRequest build() {
      return new UpdateIssueRequest(this.description, this.status, this.anchor);
    }
  }
}
