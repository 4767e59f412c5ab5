package ai.segments.client.internal;

/**
 * A dataset identifier {@code owner/name} split into its two path segments. The owner ends at the
 * first slash; the name is everything after it (a slash in a name is encoded, not a separator).
 *
 * @param owner the owning user or organization
 * @param name the dataset name
 */
public record DatasetIdentifier(String owner, String name) {

  /**
   * Parses an identifier, rejecting malformed ones before any request is sent.
   *
   * @param identifier the identifier, {@code owner/name}
   * @param operation the operation name, for the error message
   * @return the parsed identifier
   * @throws ai.segments.client.exception.ValidationException if it is not {@code owner/name} with a
   *     non-blank owner and name that are not {@code .} or {@code ..}
   */
  public static DatasetIdentifier parse(String identifier, String operation) {
    Arguments.requireText(identifier, "dataset identifier", operation);
    int slash = identifier.indexOf('/');
    if (slash <= 0 || slash == identifier.length() - 1) {
      throw Arguments.invalid(
          "dataset identifier must be 'owner/name', got '" + identifier + "'", operation);
    }
    return new DatasetIdentifier(
        Arguments.requirePathSegment(identifier.substring(0, slash), "dataset owner", operation),
        Arguments.requirePathSegment(identifier.substring(slash + 1), "dataset name", operation));
  }
}
