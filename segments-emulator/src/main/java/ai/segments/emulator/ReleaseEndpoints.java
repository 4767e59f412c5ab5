package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Releases. A new release answers {@code PENDING}; after the configured delay the emulator writes
 * the release file (a snapshot taken at creation) and the release becomes {@code SUCCEEDED} with
 * {@code attributes.url} pointing at that file on the emulator. Datasets of a task type the real
 * service cannot release (3D segmentation, which the SDK's test suite skips) end {@code FAILED}
 * with the reason in {@code status_info} ([inferred] key name).
 */
final class ReleaseEndpoints extends NamedChildEndpoints<StoredRelease> {

  /** The task types whose releases fail: the real service has no release file for them. */
  static final Set<String> UNRELEASABLE_TASK_TYPES =
      Set.of("pointcloud-segmentation", "pointcloud-segmentation-sequence");

  ReleaseEndpoints(EmulatorContext ctx) {
    super(ctx, "releases", "Release");
  }

  @Override
  Map<String, StoredRelease> items(StoredDataset dataset) {
    return dataset.releases;
  }

  @Override
  JsonNode render(StoredRelease release) {
    return ctx.views.release(release);
  }

  @Override
  StoredRelease newItem(StoredDataset dataset, String name, JsonNode body) {
    return new StoredRelease(
        Store.uuid(),
        name,
        Json.text(body, "description", ""),
        ctx.store.clock.next(),
        dataset.samples.size());
  }

  /**
   * Sends {@code release.created} and schedules the completion of a release added through the API.
   */
  @Override
  void added(StoredDataset dataset, StoredRelease release) {
    ctx.publish(
        "release.created", dataset, render(release), "Release " + release.name + " created");
    ObjectNode file = file(dataset, release);
    ctx.scheduler.schedule(
        () -> complete(dataset, release, file), ctx.releaseDelay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stores the release file and marks the release SUCCEEDED (unless it was deleted). */
  void complete(StoredDataset dataset, StoredRelease release, ObjectNode file) {
    synchronized (dataset) {
      if (dataset.deleted || dataset.releases.get(release.name) != release) {
        return;
      }
      if (UNRELEASABLE_TASK_TYPES.contains(dataset.taskType())) {
        release.status = "FAILED";
        release.statusInfo =
            "Releases are not supported for datasets of task type " + dataset.taskType();
        return;
      }
      String key = "releases/" + release.uuid + ".json";
      ctx.store.putObject(key, new Store.StoredObject(ApiResponse.JSON, Json.bytes(file)));
      release.url = ctx.baseUrl() + AssetEndpoints.STORAGE + key;
      release.status = "SUCCEEDED";
    }
  }

  /**
   * The release file (§3.10): the dataset (with its {@code owner}), its labelsets and samples with
   * their labels; every sample carries every labelset's key, {@code null} where it has no label.
   */
  ObjectNode file(StoredDataset dataset, StoredRelease release) {
    ObjectNode file =
        Json.object()
            .put("name", release.name)
            .put("description", release.description)
            .put("created_at", release.createdAt);
    ObjectNode data =
        file.putObject("dataset").put("name", dataset.name).put("owner", dataset.owner);
    data.put("task_type", dataset.taskType());
    data.set("task_attributes", dataset.settings.get("task_attributes"));
    ArrayNode labelsets = data.putArray("labelsets");
    dataset
        .labelsets
        .values()
        .forEach(
            l -> labelsets.addObject().put("name", l.name()).put("description", l.description()));
    ArrayNode samples = data.putArray("samples");
    for (StoredSample sample : dataset.samples.values()) {
      ObjectNode entry = samples.addObject().put("uuid", sample.uuid).put("name", sample.name);
      entry.set("attributes", sample.attributes);
      entry.set("metadata", sample.metadata);
      ObjectNode labels = entry.putObject("labels");
      dataset.labelsets.keySet().forEach(set -> labels.putNull(set));
      sample.labels.forEach((set, label) -> labels.set(set, ctx.views.label(sample, label)));
    }
    return file;
  }
}
