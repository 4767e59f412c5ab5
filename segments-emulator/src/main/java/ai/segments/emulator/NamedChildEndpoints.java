package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * Items of a dataset identified by name (labelsets, releases): list, get, add and delete under
 * {@code /datasets/{owner}/{dataset}/<collection>/}, with operation names {@code get<Noun>s},
 * {@code get<Noun>}, {@code add<Noun>} and {@code delete<Noun>}.
 */
abstract class NamedChildEndpoints<T> extends Endpoints {

  private final String collection;
  private final String noun;

  NamedChildEndpoints(EmulatorContext ctx, String collection, String noun) {
    super(ctx);
    this.collection = collection;
    this.noun = noun;
  }

  @Override
  void register(Router router) {
    String base = "/datasets/{owner}/{dataset}/" + collection + "/";
    router
        .add("GET", base, "get" + noun + "s", this::list)
        .add("GET", base + "{name}/", "get" + noun, this::get)
        .add("POST", base, "add" + noun, this::add)
        .add("DELETE", base + "{name}/", "delete" + noun, this::delete);
  }

  /** The items of a dataset by name; call with the dataset lock held. */
  abstract Map<String, T> items(StoredDataset dataset);

  abstract JsonNode render(T item);

  /** A new item from an add body, named {@code name}; not yet stored. */
  abstract T newItem(StoredDataset dataset, String name, JsonNode body);

  /** Called under the dataset lock after an item was added through the API. */
  void added(StoredDataset dataset, T item) {}

  /** Removes an item; call with the dataset lock held. */
  void remove(StoredDataset dataset, String name) {
    items(dataset).remove(name);
  }

  /** Adds an item, rejecting duplicate names; call with the dataset lock held. */
  T add(StoredDataset dataset, JsonNode body) {
    String name = Json.requiredText(body, "name");
    if (items(dataset).containsKey(name)) {
      throw ApiException.badRequest(
          "A "
              + noun.toLowerCase(Locale.ROOT)
              + " with the name '"
              + name
              + "' already exists in this dataset.");
    }
    T item = newItem(dataset, name, body);
    items(dataset).put(name, item);
    return item;
  }

  private ApiResponse list(RoutedRequest request) {
    return ctx.view(request, d -> Json.array(items(d).values(), this::render));
  }

  private ApiResponse get(RoutedRequest request) {
    return ctx.view(request, d -> render(find(d, request)));
  }

  private ApiResponse add(RoutedRequest request) {
    JsonNode body = Json.requireObject(request.json());
    return ApiResponse.created(
        ctx.change(
            request,
            Access.MANAGER,
            d -> {
              T item = add(d, body);
              added(d, item);
              return render(item);
            }));
  }

  private ApiResponse delete(RoutedRequest request) {
    ctx.change(
        request,
        Access.MANAGER,
        d -> {
          find(d, request);
          remove(d, request.path("name"));
          return d;
        });
    return ApiResponse.noContent();
  }

  private T find(StoredDataset dataset, RoutedRequest request) {
    return EmulatorContext.found(items(dataset).get(request.path("name")));
  }
}
