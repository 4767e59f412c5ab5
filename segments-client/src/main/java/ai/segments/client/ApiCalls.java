package ai.segments.client;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiExecutor;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.CreateRecovery;
import ai.segments.client.internal.DeleteRecovery;
import ai.segments.client.internal.JsonCodec;
import ai.segments.client.internal.MultipartForm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every resource of a {@link SegmentsClient} shares: the executor (with the client's API key,
 * timeouts and interceptors), the JSON codec and whether request bodies are compressed. A derived
 * client builds its resources over a new instance.
 */
final class ApiCalls {

  private final ApiExecutor executor;
  private final JsonCodec codec;
  private final boolean compression;

  ApiCalls(ApiExecutor executor, JsonCodec codec, boolean compression) {
    this.executor = executor;
    this.codec = codec;
    this.compression = compression;
  }

  ObjectMapper mapper() {
    return this.codec.objectMapper();
  }

  /** Whether bodies the SDK compresses are gzip-compressed. */
  boolean compression() {
    return this.compression;
  }

  /** Sends a request whose answer is not read. */
  void send(ApiRequest request) {
    this.executor.execute(request);
  }

  <T> T fetch(ApiRequest request, Class<T> type) {
    return this.executor.execute(request.returning(this.codec.typeOf(type)));
  }

  <T> List<T> fetchList(ApiRequest request, Class<T> type) {
    return this.executor.execute(request.returning(this.codec.listOf(type)));
  }

  /** Sends a delete; a "not found" on a retry after a lost answer means the delete happened. */
  void delete(ApiRequest request) {
    this.executor.execute(request, new DeleteRecovery());
  }

  <T> T create(ApiRequest request, Class<T> type, CreateRecovery<T> recovery) {
    return this.executor.execute(request.returning(this.codec.typeOf(type)), recovery);
  }

  /**
   * Creates a uniquely named child of a dataset from a plain body; after an ambiguous failure the
   * child is looked up by its name.
   */
  <T> T createNamed(
      SegmentsOperation operation,
      String datasetIdentifier,
      Map<String, Object> body,
      Class<T> type,
      Supplier<T> existing) {
    return create(
        ApiRequest.to(operation).dataset(datasetIdentifier).body(body, false),
        type,
        CreateRecovery.byName(() -> CreateRecovery.unlessNotFound(existing)));
  }

  /** Posts a multipart form to a URL outside the API, without the API's headers. */
  void postForm(String operation, URI url, MultipartForm form) {
    this.executor.postForm(operation, url, form);
  }

  /** Builds a request body from an options record. */
  @FunctionalInterface
  interface BodyWriter<R> {
    ObjectNode toJson(R request, ObjectMapper mapper, String operation);
  }

  /**
   * A request whose body is written from a non-null options record; compressed when the operation
   * is one the SDK compresses and compression is on.
   */
  <R> ApiRequest withBody(
      SegmentsOperation operation, R request, BodyWriter<R> writer, boolean compressible) {
    String name = operation.operationName();
    Arguments.requireNonNull(request, "request", name);
    return ApiRequest.to(operation)
        .body(writer.toJson(request, mapper(), name), compressible && this.compression);
  }

  /** A request to a named child of a dataset (a labelset, a release). */
  static ApiRequest named(SegmentsOperation operation, String datasetIdentifier, String name) {
    return ApiRequest.to(operation).dataset(datasetIdentifier).segment("name", name);
  }

  /** The {@code {"name", "description"}} body of a labelset or release; no description is "". */
  static Map<String, Object> nameAndDescription(
      SegmentsOperation operation, String name, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", Arguments.requirePathSegment(name, "name", operation.operationName()));
    body.put("description", (description != null) ? description : "");
    return body;
  }
}
