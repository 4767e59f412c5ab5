package ai.segments.client.internal.resource;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.model.Label;
import ai.segments.client.request.AddLabelRequest;
import ai.segments.client.request.UpdateLabelRequest;

/** The label of a sample in a labelset. */
public final class LabelResource {

  private final ApiCalls calls;

  /** Creates the resource on the client's shared calls. */
  public LabelResource(ApiCalls calls) {
    this.calls = calls;
  }

  /** Backs {@code SegmentsClient.getLabel}. */
  public Label getLabel(String sampleUuid, String labelset) {
    return this.calls.fetch(label(SegmentsOperation.GET_LABEL, sampleUuid, labelset), Label.class);
  }

  /** Backs {@code SegmentsClient.addLabel}. */
  public Label addLabel(String sampleUuid, String labelset, AddLabelRequest request) {
    return this.calls.fetch(
        labelWithBody(
            SegmentsOperation.ADD_LABEL, sampleUuid, labelset, request, AddLabelRequest::toJson),
        Label.class);
  }

  /** Backs {@code SegmentsClient.updateLabel}. */
  public Label updateLabel(String sampleUuid, String labelset, UpdateLabelRequest request) {
    return this.calls.fetch(
        labelWithBody(
            SegmentsOperation.UPDATE_LABEL,
            sampleUuid,
            labelset,
            request,
            UpdateLabelRequest::toJson),
        Label.class);
  }

  /** Backs {@code SegmentsClient.deleteLabel}. */
  public void deleteLabel(String sampleUuid, String labelset) {
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
