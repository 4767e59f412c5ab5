package ai.segments.client.internal.resource;

import static ai.segments.client.call.SegmentsOperation.UPDATE_ISSUE;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.CreateRecovery;
import ai.segments.client.model.Issue;
import ai.segments.client.request.AddIssueRequest;
import ai.segments.client.request.UpdateIssueRequest;
import java.util.List;

/** The issues of a dataset's samples; a create is never repeated. */
public final class IssueResource {

  private final ApiCalls calls;

  /** Creates the resource on the client's shared calls. */
  public IssueResource(ApiCalls calls) {
    this.calls = calls;
  }

  /** Backs {@code SegmentsClient.getIssues}. */
  public List<Issue> getIssues(String datasetIdentifier) {
    return this.calls.fetchList(
        ApiRequest.to(SegmentsOperation.GET_ISSUES).dataset(datasetIdentifier), Issue.class);
  }

  /** Backs {@code SegmentsClient.addIssue}. */
  public Issue addIssue(String sampleUuid, AddIssueRequest request) {
    return this.calls.create(
        this.calls
            .withBody(SegmentsOperation.ADD_ISSUE, request, AddIssueRequest::toJson, false)
            .segment("sampleUuid", sampleUuid),
        Issue.class,
        CreateRecovery.unnamed());
  }

  /** Backs {@code SegmentsClient.updateIssue}. */
  public Issue updateIssue(String uuid, UpdateIssueRequest request) {
    return this.calls.updateByUuid(
        UPDATE_ISSUE, uuid, request, UpdateIssueRequest::toJson, false, Issue.class);
  }

  /** Backs {@code SegmentsClient.deleteIssue}. */
  public void deleteIssue(String uuid) {
    this.calls.deleteByUuid(SegmentsOperation.DELETE_ISSUE, uuid);
  }
}
