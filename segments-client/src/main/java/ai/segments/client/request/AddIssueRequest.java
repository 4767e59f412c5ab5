package ai.segments.client.request;

import ai.segments.client.SegmentsClient;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.JsonBody;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.model.IssueStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A new issue for {@link SegmentsClient#addIssue(String, AddIssueRequest)}; the SDK's {@code
 * add_issue} arguments.
 *
 * <p>Sent as {@code {"description", "status", ["anchor"]}}.
 *
 * @param description what the issue is about
 * @param status the status; {@link IssueStatus#OPEN} by default
 * @param anchor where the issue points: an {@link ai.segments.client.model.IssueAnchor} or a {@code
 *     Map}, validated before sending ({@code null}: not sent)
 */
public record AddIssueRequest(String description, IssueStatus status, Object anchor) {

  /** Applies the default status for a {@code null} one. */
  public AddIssueRequest {
    status = Objects.requireNonNullElse(status, IssueStatus.OPEN);
  }

  /**
   * An open issue without anchor.
   *
   * @param description what the issue is about
   * @return the request
   */
  public static AddIssueRequest of(String description) {
    return new AddIssueRequest(description, IssueStatus.OPEN, null);
  }

  /**
   * Starts a request with the required description.
   *
   * @param description what the issue is about
   * @return a builder
   */
  public static Builder builder(String description) {
    return new Builder(description);
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
        .put("description", Arguments.requireNonNull(this.description, "description", operation))
        .put("status", this.status)
        .putIfNotNull(
            "anchor",
            (this.anchor != null) ? AttributesValidator.issueAnchor(this.anchor, operation) : null)
        .node();
  }

  /** Builds an {@link AddIssueRequest}. */
  public static final class Builder {

    private final String description;
    private IssueStatus status = IssueStatus.OPEN;
    private Object anchor;

    private Builder(String description) {
      this.description = description;
    }

    /**
     * The status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(IssueStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Where the issue points.
     *
     * @param anchor an {@link ai.segments.client.model.IssueAnchor} or a {@code Map}
     * @return this builder
     */
    public Builder anchor(Object anchor) {
      this.anchor = anchor;
      return this;
    }

    /**
     * Builds the request; it is validated when sent.
     *
     * @return the request
     */
    public AddIssueRequest build() {
      return new AddIssueRequest(this.description, this.status, this.anchor);
    }
  }
}
