package ai.segments.client;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.model.Label;

/** The label of a sample in a labelset. */
final class LabelResource {

  private final ApiCalls calls;

  LabelResource(ApiCalls calls) {
    this.calls = calls;
  }

  Label getLabel(String sampleUuid, String labelset) {
    return this.calls.fetch(label(SegmentsOperation.GET_LABEL, sampleUuid, labelset), Label.class);
  }

  Label addLabel(String sampleUuid, String labelset, AddLabelRequest request) {
    return this.calls.fetch(
        labelWithBody(
            SegmentsOperation.ADD_LABEL, sampleUuid, labelset, request, AddLabelRequest::toJson),
        Label.class);
  }

  Label updateLabel(String sampleUuid, String labelset, UpdateLabelRequest request) {
    return this.calls.fetch(
        labelWithBody(
            SegmentsOperation.UPDATE_LABEL,
            sampleUuid,
            labelset,
            request,
            UpdateLabelRequest::toJson),
        Label.class);
  }

  void deleteLabel(String sampleUuid, String labelset) {
    this.calls.delete(label(SegmentsOperation.DELETE_LABEL, sampleUuid, labelset));
  }

  private static ApiRequest label(SegmentsOperation operation, String sampleUuid, String labelset) {
    return ApiRequest.to(operation).segment("sampleUuid", sampleUuid).segment("labelset", labelset);
  }

  private <R> ApiRequest labelWithBody(
      SegmentsOperation operation,
      String sampleUuid,
      String labelset,
      R request,
      ApiCalls.BodyWriter<R> writer) {
    return this.calls
        .withBody(operation, request, writer, true)
        .segment("sampleUuid", sampleUuid)
        .segment("labelset", labelset);
  }
}
