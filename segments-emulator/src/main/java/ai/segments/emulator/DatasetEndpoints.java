package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Datasets: list, get, create (user or organization), update, delete and clone. */
final class DatasetEndpoints extends Endpoints {

  private static final String DATASET = "/datasets/{owner}/{dataset}/";

  private final SampleEndpoints samples;

  DatasetEndpoints(EmulatorContext ctx, SampleEndpoints samples) {
    super(ctx);
    this.samples = samples;
  }

  @Override
  void register(Router router) {
    router
        .add("GET", "/user/datasets/", "getDatasets", this::listOwn)
        .add("GET", "/users/{user}/datasets/", "getDatasets", this::listOfUser)
        .add("POST", "/user/datasets/", "addDataset", r -> add(r, r.user().username()))
        .add("POST", "/organizations/{organization}/datasets/", "addDataset", this::addToOrg)
        .add("GET", DATASET, "getDataset", this::get)
        .add("PATCH", DATASET, "updateDataset", this::update)
        .add("DELETE", DATASET, "deleteDataset", this::delete)
        .add("POST", DATASET + "clone/", "cloneDataset", this::cloneDataset);
  }

  /** Datasets the caller owns or has a role on, in creation order. */
  private ApiResponse listOwn(RoutedRequest request) {
    return list(request, d -> ctx.role(request, d) != null);
  }

  /** Datasets owned by a user or organization that the caller may see. */
  private ApiResponse listOfUser(RoutedRequest request) {
    String owner = request.path("user");
    ctx.store.user(owner).orElseThrow(ApiException::notFound);
    return list(
        request, d -> d.owner.equals(owner) && (d.isPublic() || ctx.role(request, d) != null));
  }

  private ApiResponse list(
      RoutedRequest request, java.util.function.Predicate<StoredDataset> filter) {
    List<StoredDataset> visible =
        ctx.store.datasets().stream()
            .filter(d -> EmulatorContext.locked(d, () -> filter.test(d)))
            .toList();
    return ApiResponse.ok(Json.array(Pagination.page(visible, request), d -> render(request, d)));
  }

  private ObjectNode render(RoutedRequest request, StoredDataset dataset) {
    return EmulatorContext.locked(
        dataset, () -> ctx.views.dataset(dataset, ctx.role(request, dataset)));
  }

  private ApiResponse get(RoutedRequest request) {
    return ApiResponse.ok(render(request, ctx.dataset(request)));
  }

  private ApiResponse addToOrg(RoutedRequest request) {
    String org = request.path("organization");
    StoredAccount account = ctx.store.user(org).orElseThrow(ApiException::notFound);
    if (!account.isOrganization()) {
      throw ApiException.notFound();
    }
    return add(request, org);
  }

  private ApiResponse add(RoutedRequest request, String owner) {
    if (!ctx.access.canOwn(request.user(), owner)) {
      throw ApiException.forbidden();
    }
    StoredDataset dataset = create(owner, Json.requireObject(request.json()), null);
    return created(request, dataset);
  }

  /** Answers 201 with the new dataset and sends {@code dataset.created}. */
  private ApiResponse created(RoutedRequest request, StoredDataset dataset) {
    ObjectNode view = render(request, dataset);
    ctx.publishDataset("created", dataset, view);
    return ApiResponse.created(view);
  }

  /**
   * Creates a dataset with a {@code ground-truth} labelset.
   *
   * @throws ApiException 400 when the owner already has a dataset with that name
   */
  StoredDataset create(String owner, JsonNode body, String clonedFrom) {
    return publish(newDataset(owner, body, clonedFrom, DatasetSettings.defaults()));
  }

  private StoredDataset newDataset(
      String owner, JsonNode body, String clonedFrom, ObjectNode base) {
    String name = Json.requiredText(body, "name");
    String createdAt = ctx.store.clock.next();
    StoredDataset dataset =
        new StoredDataset(owner, name, createdAt, clonedFrom, DatasetSettings.apply(base, body));
    dataset.labelsets.put(
        StoredLabelset.GROUND_TRUTH,
        new StoredLabelset(StoredLabelset.GROUND_TRUTH, "", true, createdAt));
    return dataset;
  }

  private StoredDataset publish(StoredDataset dataset) {
    if (!ctx.store.addDataset(dataset)) {
      throw ApiException.badRequest(
          "A dataset with the name '" + dataset.name + "' already exists for this owner.");
    }
    dataset.samples.values().forEach(ctx.store::indexSample);
    return dataset;
  }

  private ApiResponse update(RoutedRequest request) {
    JsonNode body = Json.requireObject(request.json());
    return ApiResponse.ok(
        ctx.change(
            request,
            Access.MANAGER,
            d -> {
              d.settings = DatasetSettings.apply(d.settings, body);
              ObjectNode view = ctx.views.dataset(d, ctx.role(request, d));
              ctx.publishDataset("updated", d, view);
              return view;
            }));
  }

  private ApiResponse delete(RoutedRequest request) {
    ctx.change(
        request,
        Access.ADMIN,
        d -> {
          ObjectNode view = ctx.views.dataset(d, ctx.role(request, d));
          ctx.store.removeDataset(d);
          ctx.publishDataset("deleted", d, view);
          return d;
        });
    return ApiResponse.noContent();
  }

  private ApiResponse cloneDataset(RoutedRequest request) {
    StoredDataset source = ctx.dataset(request);
    ObjectNode body = Json.requireObject(request.json()).deepCopy();
    String owner = Json.text(body, "owner", request.user().username());
    if (!ctx.access.canOwn(request.user(), owner)) {
      throw ApiException.forbidden();
    }
    if (!body.hasNonNull("name")) {
      body.put("name", source.name + "-clone");
    }
    boolean withLabels = Json.bool(body, "clone_labels", false);
    StoredDataset clone =
        EmulatorContext.locked(
            source,
            () -> {
              ObjectNode overrides = Json.object().put("name", body.get("name").asText());
              for (String key : List.of("task_type", "public")) {
                if (body.hasNonNull(key)) {
                  overrides.set(key, body.get(key));
                }
              }
              StoredDataset copy = newDataset(owner, overrides, source.fullName(), source.settings);
              copy.labelsets.putAll(source.labelsets);
              for (Map.Entry<String, StoredSample> e : source.samples.entrySet()) {
                copy.samples.put(e.getKey(), samples.copy(e.getValue(), copy, withLabels));
              }
              return copy;
            });
    return created(request, publish(clone));
  }
}
