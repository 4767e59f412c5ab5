package ai.segments.client.internal.resource;

import ai.segments.client.SegmentsBulkImporter;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.Sample;
import ai.segments.client.request.AddSampleRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What {@link SegmentsBulkImporter} needs of a client: validated items and one bulk add. */
public interface BulkSampleSender {

  /**
   * One item of a bulk add body.
   *
   * @param sample the sample, not {@code null}
   * @return the validated item
   * @throws ValidationException if the sample lacks a name or valid attributes
   */
  ObjectNode item(AddSampleRequest sample);

  /**
   * Adds items made by {@link #item} in one request, through the client's interceptors.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param items the items
   * @return the samples, new and existing
   * @throws SegmentsException if the call fails
   */
  List<Sample> send(String datasetIdentifier, List<ObjectNode> items);
}
