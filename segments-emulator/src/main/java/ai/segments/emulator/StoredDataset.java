package ai.segments.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset and everything inside it. All mutable state is guarded by the dataset's own monitor
 * ({@code synchronized (dataset)}): that is the emulator's per-dataset lock.
 */
final class StoredDataset {

  final String owner;
  final String name;
  final String createdAt;
  final String clonedFrom;

  /** The settable fields (§2.2/§2.3), replaced on update, never mutated in place. */
  ObjectNode settings;

  final Map<String, StoredLabelset> labelsets = new LinkedHashMap<>();
  final Map<String, StoredSample> samples = new LinkedHashMap<>();
  final Map<String, String> collaborators = new LinkedHashMap<>();
  final Map<String, StoredRelease> releases = new LinkedHashMap<>();
  final Map<String, StoredIssue> issues = new LinkedHashMap<>();
  final List<StoredWorkunit> workunits = new ArrayList<>();
  boolean deleted;

  StoredDataset(
      String owner, String name, String createdAt, String clonedFrom, ObjectNode settings) {
    this.owner = owner;
    this.name = name;
    this.createdAt = createdAt;
    this.clonedFrom = clonedFrom;
    this.settings = settings;
  }

  String fullName() {
    return owner + "/" + name;
  }

  String taskType() {
    return settings.path("task_type").asText();
  }

  boolean isPublic() {
    return settings.path("public").asBoolean();
  }
}
