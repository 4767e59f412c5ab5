package ai.segments.client;

/**
 * The answer of the API's {@code api_status} endpoint.
 *
 * @param statusCode the HTTP status code
 * @param upgradeRecommended {@code true} when the API answered 426: the client still works, but a
 *     newer version is available
 */
public record ApiStatus(int statusCode, boolean upgradeRecommended) {}
