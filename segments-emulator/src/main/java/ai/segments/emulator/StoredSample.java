package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/** A sample; guarded by its dataset's lock. Labels are kept by labelset name. */
final class StoredSample {

  final String uuid;
  final StoredDataset dataset;
  final String createdAt;
  final String createdBy;
  final long sequence;

  String name;
  JsonNode attributes;
  ObjectNode metadata;
  JsonNode priority;
  String readme;
  String assignedLabeler;
  String assignedReviewer;
  final Map<String, StoredLabel> labels = new HashMap<>();

  StoredSample(
      String uuid, StoredDataset dataset, String createdAt, String createdBy, long sequence) {
    this.uuid = uuid;
    this.dataset = dataset;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.sequence = sequence;
  }
}
