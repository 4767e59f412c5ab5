package ai.segments.client;

import static ai.segments.client.call.SegmentsOperation.UPDATE_ISSUE;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.CreateRecovery;
import ai.segments.client.model.Issue;
import java.util.List;

/** The issues of a dataset's samples; a create is never repeated. */
final class IssueResource {

  private final ApiCalls calls;

  IssueResource(ApiCalls calls) {
    this.calls = calls;
  }

  List<Issue> getIssues(String datasetIdentifier) {
    return this.calls.fetchList(
        ApiRequest.to(SegmentsOperation.GET_ISSUES).dataset(datasetIdentifier), Issue.class);
  }

  Issue addIssue(String sampleUuid, AddIssueRequest request) {
    return this.calls.create(
        this.calls
            .withBody(SegmentsOperation.ADD_ISSUE, request, AddIssueRequest::toJson, false)
            .segment("sampleUuid", sampleUuid),
        Issue.class,
        CreateRecovery.unnamed());
  }

  Issue updateIssue(String uuid, UpdateIssueRequest request) {
    return this.calls.updateByUuid(
        UPDATE_ISSUE, uuid, request, UpdateIssueRequest::toJson, false, Issue.class);
  }

  void deleteIssue(String uuid) {
    this.calls.deleteByUuid(SegmentsOperation.DELETE_ISSUE, uuid);
  }
}
