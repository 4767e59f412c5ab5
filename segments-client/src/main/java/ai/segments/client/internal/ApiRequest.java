package ai.segments.client.internal;

import ai.segments.client.call.SegmentsOperation;
import com.fasterxml.jackson.databind.JavaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;

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
   * The absolute URI of the request: the operation's path template under the base URL, every
   * variable and query value strictly percent-encoded (all but the unreserved characters, as
   * Spring's {@code TEMPLATE_AND_VALUES} mode does), built in one pass without template parsing.
   *
   * @param baseUrl the API base URL, ending in {@code /}
   * @return the URI
   */
  public URI uri(URI baseUrl) {
    String template = this.operation.uriTemplate();
    String base = baseUrl.toString();
    StringBuilder uri = new StringBuilder(base.length() + template.length() + 64).append(base);
    int from = template.startsWith("/") ? 1 : 0;
    int open;
    while ((open = template.indexOf('{', from)) >= 0) {
      int close = template.indexOf('}', open);
      uri.append(template, from, open);
      Object value = this.uriVariables.get(template.substring(open + 1, close));
      if (value == null) {
        throw new IllegalArgumentException(
            "No value for " + template.substring(open, close + 1) + " in " + template);
      }
      appendEncoded(uri, String.valueOf(value));
      from = close + 1;
    }
    uri.append(template, from, template.length());
    for (int i = 0; i < this.queryParameters.size(); i++) {
      Map.Entry<String, String> parameter = this.queryParameters.get(i);
      uri.append((i == 0) ? '?' : '&').append(parameter.getKey()).append('=');
      appendEncoded(uri, parameter.getValue());
    }
    return URI.create(uri.toString());
  }

  /** Appends a value percent-encoded; most values (uuids, names, numbers) need no encoding. */
  private static void appendEncoded(StringBuilder uri, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!isUnreserved(value.charAt(i))) {
        uri.append(UriUtils.encode(value, StandardCharsets.UTF_8));
        return;
      }
    }
    uri.append(value);
  }

  /** RFC 3986 unreserved: the characters {@code UriUtils.encode} leaves as they are. */
  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
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
