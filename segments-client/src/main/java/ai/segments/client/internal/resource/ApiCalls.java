package ai.segments.client.internal.resource;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiExecutor;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.CreateRecovery;
import ai.segments.client.internal.DeleteRecovery;
import ai.segments.client.internal.JsonCodec;
import ai.segments.client.internal.MultipartForm;
import ai.segments.client.json.AttributesNormalizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * What every resource of a {@link SegmentsClient} shares: the executor (with the client's API key,
 * timeouts and interceptors), the JSON codec and whether request bodies are compressed. A derived
 * client builds its resources over a new instance.
 */
public final class ApiCalls {

  private final ApiExecutor executor;
  private final JsonCodec codec;
  private final boolean compression;
  private final boolean normalizeAttributes;

  /** Creates the calls of one client. */
  public ApiCalls(
      ApiExecutor executor, JsonCodec codec, boolean compression, boolean normalizeAttributes) {
    this.executor = executor;
    this.codec = codec;
    this.compression = compression;
    this.normalizeAttributes = normalizeAttributes;
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

  /** Posts a multipart form to a URL outside the API, without the API's headers. */
  void postForm(String operation, URI url, MultipartForm form) {
    this.executor.postForm(operation, url, form);
  }

  /** Downloads a file outside the API into {@code target}, streamed, without the API key. */
  void download(URI url, Path target, long maxBytes) {
    this.executor.download(url, target, maxBytes);
  }

  /**
   * The body as sent: with {@link SegmentsClient.Builder#normalizeAttributes(boolean)}, the sample
   * or label attributes of an add or update re-serialized through the models, as the SDK sends
   * them.
   */
  ObjectNode attributesAsSent(SegmentsOperation operation, ObjectNode body) {
    JsonNode attributes = body.get("attributes");
    if (!this.normalizeAttributes || attributes == null || attributes.isNull()) {
      return body;
    }
    switch (operation) {
      case ADD_SAMPLE, ADD_SAMPLES, UPDATE_SAMPLE ->
          body.set("attributes", AttributesNormalizer.sampleAttributes(attributes));
      case ADD_LABEL, UPDATE_LABEL ->
          body.set("attributes", AttributesNormalizer.labelAttributes(attributes));
      default -> {
        // no sample or label attributes
      }
    }
    return body;
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
        .body(
            attributesAsSent(operation, writer.toJson(request, mapper(), name)),
            compressible && this.compression);
  }

  /** Changes what {@code /<kind>/{uuid}/} addresses (a sample, an issue). */
  <R, T> T updateByUuid(
      SegmentsOperation operation,
      String uuid,
      R request,
      BodyWriter<R> writer,
      boolean compressible,
      Class<T> type) {
    return fetch(withBody(operation, request, writer, compressible).segment("uuid", uuid), type);
  }

  /** Deletes what {@code /<kind>/{uuid}/} addresses (a sample, an issue). */
  void deleteByUuid(SegmentsOperation operation, String uuid) {
    delete(ApiRequest.to(operation).segment("uuid", uuid));
  }
}
