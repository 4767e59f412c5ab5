package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;

/**
 * Releases. A new release answers {@code PENDING}; after the configured delay the emulator writes
 * the release file (a snapshot taken at creation) and the release becomes {@code SUCCEEDED} with
 * {@code attributes.url} pointing at that file on the emulator.
 */
final class ReleaseResource {

  private static final String RELEASES = "/datasets/{owner}/{dataset}/releases/";

  private final EmulatorContext ctx;

  ReleaseResource(EmulatorContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add("GET", RELEASES, "getReleases", this::list)
        .add("GET", RELEASES + "{name}/", "getRelease", this::get)
        .add("POST", RELEASES, "addRelease", this::add)
        .add("DELETE", RELEASES + "{name}/", "deleteRelease", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    Dataset dataset = ctx.dataset(request);
    return ApiResponse.ok(
        EmulatorContext.locked(
            dataset, () -> Json.array(dataset.releases.values(), ctx.views::release)));
  }

  private ApiResponse get(ApiRequest request) {
    Dataset dataset = ctx.dataset(request);
    return ApiResponse.ok(
        EmulatorContext.locked(dataset, () -> ctx.views.release(find(dataset, request))));
  }

  private ApiResponse add(ApiRequest request) {
    Dataset dataset = ctx.dataset(request, Access.MANAGER);
    JsonNode body = Json.requireObject(request.json());
    Release release = EmulatorContext.locked(dataset, () -> create(dataset, body));
    ObjectNode file = EmulatorContext.locked(dataset, () -> file(dataset, release));
    ctx.scheduler.schedule(
        () -> complete(dataset, release, file), ctx.releaseDelay.toMillis(), TimeUnit.MILLISECONDS);
    return ApiResponse.created(EmulatorContext.locked(dataset, () -> ctx.views.release(release)));
  }

  /** Creates a PENDING release; call with the dataset lock held. */
  Release create(Dataset dataset, JsonNode body) {
    String name = Json.requiredText(body, "name");
    if (dataset.releases.containsKey(name)) {
      throw ApiException.badRequest(
          "A release with the name '" + name + "' already exists for this dataset.");
    }
    Release release =
        new Release(
            Store.uuid(),
            name,
            Json.text(body, "description", ""),
            ctx.store.clock.next(),
            dataset.samples.size());
    dataset.releases.put(name, release);
    return release;
  }

  /** Stores the release file and marks the release SUCCEEDED (unless it was deleted). */
  void complete(Dataset dataset, Release release, ObjectNode file) {
    synchronized (dataset) {
      if (dataset.deleted || dataset.releases.get(release.name) != release) {
        return;
      }
      String key = "releases/" + release.uuid + ".json";
      ctx.store.putObject(key, new Store.StoredObject(ApiResponse.JSON, Json.bytes(file)));
      release.url = ctx.baseUrl() + AssetResource.STORAGE + key;
      release.status = "SUCCEEDED";
    }
  }

  /** The release file (§3.10): the dataset, its labelsets and samples with their labels. */
  ObjectNode file(Dataset dataset, Release release) {
    ObjectNode file =
        Json.object()
            .put("name", release.name)
            .put("description", release.description)
            .put("created_at", release.createdAt);
    ObjectNode data = file.putObject("dataset").put("name", dataset.name);
    data.put("task_type", dataset.taskType());
    data.set("task_attributes", dataset.settings.get("task_attributes"));
    ArrayNode labelsets = data.putArray("labelsets");
    dataset
        .labelsets
        .values()
        .forEach(
            l -> labelsets.addObject().put("name", l.name()).put("description", l.description()));
    ArrayNode samples = data.putArray("samples");
    for (Sample sample : dataset.samples.values()) {
      ObjectNode entry = samples.addObject().put("uuid", sample.uuid).put("name", sample.name);
      entry.set("attributes", sample.attributes);
      entry.set("metadata", sample.metadata);
      ObjectNode labels = entry.putObject("labels");
      sample.labels.forEach((set, label) -> labels.set(set, ctx.views.label(sample, label)));
    }
    return file;
  }

  private ApiResponse delete(ApiRequest request) {
    Dataset dataset = ctx.dataset(request, Access.MANAGER);
    EmulatorContext.locked(dataset, () -> dataset.releases.remove(find(dataset, request).name));
    return ApiResponse.noContent();
  }

  private static Release find(Dataset dataset, ApiRequest request) {
    Release release = dataset.releases.get(request.path("name"));
    if (release == null) {
      throw ApiException.notFound();
    }
    return release;
  }
}
