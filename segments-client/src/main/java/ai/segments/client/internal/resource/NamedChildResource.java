package ai.segments.client.internal.resource;

import static ai.segments.client.call.SegmentsOperation.ADD_LABELSET;
import static ai.segments.client.call.SegmentsOperation.ADD_RELEASE;
import static ai.segments.client.call.SegmentsOperation.DELETE_LABELSET;
import static ai.segments.client.call.SegmentsOperation.DELETE_RELEASE;
import static ai.segments.client.call.SegmentsOperation.GET_LABELSET;
import static ai.segments.client.call.SegmentsOperation.GET_LABELSETS;
import static ai.segments.client.call.SegmentsOperation.GET_RELEASE;
import static ai.segments.client.call.SegmentsOperation.GET_RELEASES;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.CreateRecovery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniquely named child of a dataset, created with a name and a description: labelsets and
 * releases, as in the emulator's {@code NamedChildResource}.
 *
 * @param <T> the child type
 */
public final class NamedChildResource<T> {

  /** The operations of one kind of child, and what its create sends besides the name. */
  public enum Kind {
    /** Labelsets; a new one's attributes are the string {@code "{}"}, as the SDK sends them. */
    LABELSETS(
        GET_LABELSETS, GET_LABELSET, ADD_LABELSET, DELETE_LABELSET, Map.of("attributes", "{}")),
    /** Releases; they are built asynchronously after the create. */
    RELEASES(GET_RELEASES, GET_RELEASE, ADD_RELEASE, DELETE_RELEASE, Map.of());

    private final SegmentsOperation list;
    private final SegmentsOperation get;
    private final SegmentsOperation add;
    private final SegmentsOperation delete;
    private final Map<String, Object> extraBody;

    Kind(
        SegmentsOperation list,
        SegmentsOperation get,
        SegmentsOperation add,
        SegmentsOperation delete,
        Map<String, Object> extraBody) {
      this.list = list;
      this.get = get;
      this.add = add;
      this.delete = delete;
      this.extraBody = extraBody;
    }
  }

  private final ApiCalls calls;
  private final Class<T> type;
  private final Kind kind;

  /** Creates the resource on the client's shared calls. */
  public NamedChildResource(ApiCalls calls, Class<T> type, Kind kind) {
    this.calls = calls;
    this.type = type;
    this.kind = kind;
  }

  /** Lists the children of a dataset. */
  public List<T> list(String datasetIdentifier) {
    return this.calls.fetchList(
        ApiRequest.to(this.kind.list).dataset(datasetIdentifier), this.type);
  }

  /** Gets a child of a dataset by name. */
  public T get(String datasetIdentifier, String name) {
    return this.calls.fetch(named(this.kind.get, datasetIdentifier, name), this.type);
  }

  /**
   * Sends {@code {"name", "description"}} and the extra keys; after an ambiguous failure the child
   * is looked up by its name.
   */
  public T add(String datasetIdentifier, String name, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", Arguments.requirePathSegment(name, "name", this.kind.add.operationName()));
    body.put("description", (description != null) ? description : "");
    body.putAll(this.kind.extraBody);
    return this.calls.create(
        ApiRequest.to(this.kind.add).dataset(datasetIdentifier).body(body, false),
        this.type,
        CreateRecovery.byName(
            () -> CreateRecovery.unlessNotFound(() -> get(datasetIdentifier, name))));
  }

  /** Deletes a child of a dataset by name. */
  public void delete(String datasetIdentifier, String name) {
    this.calls.delete(named(this.kind.delete, datasetIdentifier, name));
  }

  private static ApiRequest named(
      SegmentsOperation operation, String datasetIdentifier, String name) {
    return ApiRequest.to(operation).dataset(datasetIdentifier).segment("name", name);
  }
}
