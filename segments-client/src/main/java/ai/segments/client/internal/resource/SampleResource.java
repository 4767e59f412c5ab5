package ai.segments.client.internal.resource;

import static ai.segments.client.call.SegmentsOperation.UPDATE_SAMPLE;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.CreateRecovery;
import ai.segments.client.model.DeleteSamplesResponse;
import ai.segments.client.model.Sample;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.client.request.UpdateSampleRequest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Samples of a dataset, one at a time and in bulk. */
public final class SampleResource implements BulkSampleSender {

  private final ApiCalls calls;
  private final PagedList<Sample, SampleQuery> list;

  /** Creates the resource on the client's shared calls. */
  public SampleResource(ApiCalls calls) {
    this.calls = calls;
    this.list = PagedList.samples(calls);
  }

  /** Backs {@code SegmentsClient.getSamples}. */
  public List<Sample> getSamples(String datasetIdentifier, SampleQuery query) {
    return this.list.list(datasetIdentifier, query);
  }

  /** Backs {@code SegmentsClient.streamSamples}. */
  public Stream<Sample> streamSamples(String datasetIdentifier, SampleQuery query) {
    return this.list.stream(datasetIdentifier, query);
  }

  /** Backs {@code SegmentsClient.getSample}. */
  public Sample getSample(String uuid, String labelset, boolean includeSignedUrl) {
    String operation = SegmentsOperation.GET_SAMPLE.operationName();
    return this.calls.fetch(
        ApiRequest.to(SegmentsOperation.GET_SAMPLE)
            .segment("uuid", uuid)
            .query("labelset", Arguments.optionalText(labelset, "labelset", operation))
            .query("include_signed_urls", includeSignedUrl ? "1" : null),
        Sample.class);
  }

  /** Backs {@code SegmentsClient.addSample}. */
  public Sample addSample(String datasetIdentifier, AddSampleRequest request) {
    return this.calls.create(
        this.calls
            .withBody(SegmentsOperation.ADD_SAMPLE, request, AddSampleRequest::toJson, true)
            .dataset(datasetIdentifier),
        Sample.class,
        CreateRecovery.byName(() -> findSample(datasetIdentifier, request.name())));
  }

  /** Backs {@code SegmentsClient.addSamples}. */
  public List<Sample> addSamples(String datasetIdentifier, List<?> samples) {
    String operation = SegmentsOperation.ADD_SAMPLES.operationName();
    Arguments.requireNonNull(samples, "samples", operation);
    List<ObjectNode> items = new ArrayList<>(samples.size());
    for (Object sample : samples) {
      items.add(
          this.calls.attributesAsSent(
              SegmentsOperation.ADD_SAMPLES,
              BulkSamples.toJson(sample, this.calls.mapper(), operation)));
    }
    return send(datasetIdentifier, items);
  }

  @Override
  public ObjectNode item(AddSampleRequest sample) {
    SegmentsOperation operation = SegmentsOperation.ADD_SAMPLES;
    return this.calls.attributesAsSent(
        operation, BulkSamples.toJson(sample, this.calls.mapper(), operation.operationName()));
  }

  @Override
  public List<Sample> send(String datasetIdentifier, List<ObjectNode> items) {
    ArrayNode body = this.calls.mapper().createArrayNode();
    body.addAll(items);
    return this.calls.fetchList(
        ApiRequest.to(SegmentsOperation.ADD_SAMPLES)
            .dataset(datasetIdentifier)
            .body(body, this.calls.compression()),
        Sample.class);
  }

  /** Backs {@code SegmentsClient.updateSample}. */
  public Sample updateSample(String uuid, UpdateSampleRequest request) {
    return this.calls.updateByUuid(
        UPDATE_SAMPLE, uuid, request, UpdateSampleRequest::toJson, true, Sample.class);
  }

  /** Backs {@code SegmentsClient.deleteSamples}. */
  public DeleteSamplesResponse deleteSamples(String datasetIdentifier, List<String> uuids) {
    String operation = SegmentsOperation.DELETE_SAMPLES.operationName();
    Arguments.requireSize(uuids, "uuids", 1, 1000, operation);
    uuids.forEach(uuid -> Arguments.requireText(uuid, "uuid", operation));
    return this.calls.fetch(
        ApiRequest.to(SegmentsOperation.DELETE_SAMPLES)
            .dataset(datasetIdentifier)
            .body(Map.of("uuids", List.copyOf(uuids)), false),
        DeleteSamplesResponse.class);
  }

  /** Backs {@code SegmentsClient.deleteSample}. */
  public void deleteSample(String uuid) {
    this.calls.deleteByUuid(SegmentsOperation.DELETE_SAMPLE, uuid);
  }

  /** The sample of a dataset with exactly this name. */
  private Optional<Sample> findSample(String datasetIdentifier, String name) {
    SampleQuery byName = SampleQuery.builder().name(name).build();
    try (Stream<Sample> samples = streamSamples(datasetIdentifier, byName)) {
      return samples.filter(sample -> name.equals(sample.name())).findFirst();
    }
  }
}
