package ai.segments.client.internal;

import ai.segments.client.SegmentsOperation;
import com.fasterxml.jackson.databind.JavaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API request before it is sent: the operation, its URI variables, ordered query parameters, an
 * optional JSON body and the type the response body is read as.
 *
 * <p>Variables are kept apart from the URI template, so that the template stays the low-cardinality
 * name of the endpoint and every value is strictly percent-encoded when expanded.
 */
public final class ApiRequest {

  private final SegmentsOperation operation;
  private final Map<String, Object> uriVariables = new LinkedHashMap<>();
  private final List<Map.Entry<String, String>> queryParameters = new ArrayList<>();
  private Object body;
  private boolean compressed;
  private JavaType responseType;

  private ApiRequest(SegmentsOperation operation) {
    this.operation = operation;
  }

  /**
   * Starts a request for an operation.
   *
   * @param operation the operation
   * @return the request, to be completed with the other methods
   */
  public static ApiRequest to(SegmentsOperation operation) {
    return new ApiRequest(operation);
  }

  /**
   * Sets a variable of the operation's URI template.
   *
   * @param name the variable name in the template
   * @param value the value, encoded as one path segment
   * @return this request
   */
  public ApiRequest pathVariable(String name, Object value) {
    this.uriVariables.put(name, value);
    return this;
  }

  /**
   * Sets a variable of the operation's URI template from caller input, which must be non-blank text
   * without control characters.
   *
   * @param name the variable name in the template, also used in the error message
   * @param value the value, encoded as one path segment
   * @return this request
   * @throws ai.segments.client.exception.ValidationException if the value is blank, has control
   *     characters or is a dot-segment
   */
  public ApiRequest segment(String name, String value) {
    return pathVariable(
        name, Arguments.requirePathSegment(value, name, this.operation.operationName()));
  }

  /**
   * Sets the {@code owner} and {@code dataset} variables from a dataset identifier.
   *
   * @param datasetIdentifier the identifier, {@code owner/name}
   * @return this request
   */
  public ApiRequest dataset(String datasetIdentifier) {
    DatasetIdentifier identifier =
        DatasetIdentifier.parse(datasetIdentifier, this.operation.operationName());
    return pathVariable("owner", identifier.owner()).pathVariable("dataset", identifier.name());
  }

  /**
   * Adds a query parameter, in order; {@code null} values are skipped.
   *
   * @param name the parameter name
   * @param value the value, percent-encoded when sent
   * @return this request
   */
  public ApiRequest query(String name, Object value) {
    if (value != null) {
      this.queryParameters.add(Map.entry(name, String.valueOf(value)));
    }
    return this;
  }

  /**
   * Sets the JSON body.
   *
   * @param body the body, serialized with the client's object mapper
   * @param compressed whether to gzip it
   * @return this request
   */
  public ApiRequest body(Object body, boolean compressed) {
    this.body = body;
    this.compressed = compressed;
    return this;
  }

  /**
   * Sets the type the response body is read as; without one the body is ignored.
   *
   * @param responseType the response type
   * @return this request
   */
  public ApiRequest returning(JavaType responseType) {
    this.responseType = responseType;
    return this;
  }

  /**
   * The operation.
   *
   * @return the operation
   */
  public SegmentsOperation operation() {
    return this.operation;
  }

  /**
   * The URI template: the operation's path template followed by one {@code name={qN}} pair per
   * query parameter.
   *
   * @return the template
   */
  public String uriTemplate() {
    StringBuilder template = new StringBuilder(this.operation.uriTemplate());
    for (int i = 0; i < this.queryParameters.size(); i++) {
      template.append((i == 0) ? '?' : '&');
      template.append(this.queryParameters.get(i).getKey()).append("={q").append(i).append('}');
    }
    return template.toString();
  }

  /**
   * The values of every variable of {@link #uriTemplate()}.
   *
   * @return the variables, path variables first
   */
  public Map<String, Object> uriVariables() {
    Map<String, Object> variables = new LinkedHashMap<>(this.uriVariables);
    for (int i = 0; i < this.queryParameters.size(); i++) {
      variables.put("q" + i, this.queryParameters.get(i).getValue());
    }
    return variables;
  }

  /**
   * The body, or {@code null}.
   *
   * @return the body
   */
  public Object body() {
    return this.body;
  }

  /**
   * Whether the body is gzip-compressed.
   *
   * @return {@code true} to compress
   */
  public boolean compressed() {
    return this.compressed;
  }

  /**
   * The response type, or {@code null} when the body is ignored.
   *
   * @return the response type
   */
  public JavaType responseType() {
    return this.responseType;
  }
}
