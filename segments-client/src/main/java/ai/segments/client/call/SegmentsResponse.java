package ai.segments.client.call;

/**
 * The outcome of a successful call attempt: the HTTP status and the parsed body.
 *
 * @param statusCode the HTTP status code
 * @param body the parsed body, or {@code null} for operations that return nothing
 * @param <T> the body type
 */
public record SegmentsResponse<T>(int statusCode, T body) {}
