package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Labelsets of a dataset; {@code ground-truth} cannot be deleted. */
final class LabelsetResource {

  private static final String LABELSETS = "/datasets/{owner}/{dataset}/labelsets/";

  private final EmulatorContext ctx;

  LabelsetResource(EmulatorContext ctx) {
    this.ctx = ctx;
  }

  void register(Router router) {
    router
        .add("GET", LABELSETS, "getLabelsets", this::list)
        .add("GET", LABELSETS + "{name}/", "getLabelset", this::get)
        .add("POST", LABELSETS, "addLabelset", this::add)
        .add("DELETE", LABELSETS + "{name}/", "deleteLabelset", this::delete);
  }

  private ApiResponse list(ApiRequest request) {
    Dataset dataset = ctx.dataset(request);
    return ApiResponse.ok(
        EmulatorContext.locked(
            dataset, () -> Json.array(dataset.labelsets.values(), ctx.views::labelset)));
  }

  private ApiResponse get(ApiRequest request) {
    Dataset dataset = ctx.dataset(request);
    return ApiResponse.ok(
        EmulatorContext.locked(dataset, () -> ctx.views.labelset(find(dataset, request))));
  }

  private ApiResponse add(ApiRequest request) {
    Dataset dataset = ctx.dataset(request, Access.MANAGER);
    JsonNode body = Json.requireObject(request.json());
    return ApiResponse.created(
        EmulatorContext.locked(dataset, () -> ctx.views.labelset(add(dataset, body))));
  }

  /** Adds a labelset; call with the dataset lock held. */
  Labelset add(Dataset dataset, JsonNode body) {
    String name = Json.requiredText(body, "name");
    if (dataset.labelsets.containsKey(name)) {
      throw ApiException.badRequest(
          "A labelset with the name '" + name + "' already exists in this dataset.");
    }
    Labelset labelset =
        new Labelset(name, Json.text(body, "description", ""), false, ctx.store.clock.next());
    dataset.labelsets.put(name, labelset);
    return labelset;
  }

  private ApiResponse delete(ApiRequest request) {
    Dataset dataset = ctx.dataset(request, Access.MANAGER);
    EmulatorContext.locked(
        dataset,
        () -> {
          Labelset labelset = find(dataset, request);
          if (labelset.groundTruth()) {
            throw ApiException.badRequest("The ground-truth labelset cannot be deleted.");
          }
          dataset.labelsets.remove(labelset.name());
          dataset.samples.values().forEach(s -> s.labels.remove(labelset.name()));
          return labelset;
        });
    return ApiResponse.noContent();
  }

  private static Labelset find(Dataset dataset, ApiRequest request) {
    Labelset labelset = dataset.labelsets.get(request.path("name"));
    if (labelset == null) {
      throw ApiException.notFound();
    }
    return labelset;
  }
}
