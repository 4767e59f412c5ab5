package ai.segments.client;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.model.Labelset;
import java.util.List;
import java.util.Map;

/** The labelsets of a dataset. */
final class LabelsetResource {

  private final ApiCalls calls;

  LabelsetResource(ApiCalls calls) {
    this.calls = calls;
  }

  List<Labelset> getLabelsets(String datasetIdentifier) {
    return this.calls.fetchList(
        ApiRequest.to(SegmentsOperation.GET_LABELSETS).dataset(datasetIdentifier), Labelset.class);
  }

  Labelset getLabelset(String datasetIdentifier, String name) {
    return this.calls.fetch(
        ApiCalls.named(SegmentsOperation.GET_LABELSET, datasetIdentifier, name), Labelset.class);
  }

  /** Sends the attributes as the string {@code "{}"}, as the SDK does. */
  Labelset addLabelset(String datasetIdentifier, String name, String description) {
    Map<String, Object> body =
        ApiCalls.nameAndDescription(SegmentsOperation.ADD_LABELSET, name, description);
    body.put("attributes", "{}");
    return this.calls.createNamed(
        SegmentsOperation.ADD_LABELSET,
        datasetIdentifier,
        body,
        Labelset.class,
        () -> getLabelset(datasetIdentifier, name));
  }

  void deleteLabelset(String datasetIdentifier, String name) {
    this.calls.delete(ApiCalls.named(SegmentsOperation.DELETE_LABELSET, datasetIdentifier, name));
  }
}
