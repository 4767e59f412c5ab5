package ai.segments.client.internal;

import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import java.util.Collection;

/** Checks of caller input, failing with a {@link ValidationException} before anything is sent. */
public final class Arguments {

  private Arguments() {}

  /**
   * Requires a non-blank value without control characters.
   *
   * @param value the value
   * @param what what the value is, for the message
   * @param operation the operation name
   * @return the value
   */
  public static String requireText(String value, String what, String operation) {
    if (value == null || value.isBlank()) {
      throw invalid(what + " must not be empty", operation);
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw invalid(what + " must not contain control characters", operation);
    }
    return value;
  }

  /**
   * Checks optional text: {@code null} passes, anything else must pass {@link #requireText}.
   *
   * @param value the value, or {@code null}
   * @param what what the value is, for the message
   * @param operation the operation name
   * @return the value
   */
  public static String optionalText(String value, String what, String operation) {
    return (value == null) ? null : requireText(value, what, operation);
  }

  /**
   * Requires text usable as one URL path segment: {@link #requireText non-blank, without control
   * characters}, and not the dot-segment {@code .} or {@code ..}, which URL normalization (RFC 3986
   * §5.2.4) would remove or resolve to the parent, so it could address another resource.
   *
   * @param value the value
   * @param what what the value is, for the message
   * @param operation the operation name
   * @return the value
   */
  public static String requirePathSegment(String value, String what, String operation) {
    requireText(value, what, operation);
    if (".".equals(value) || "..".equals(value)) {
      throw invalid(what + " must not be '" + value + "' (a relative path segment)", operation);
    }
    return value;
  }

  /**
   * Requires a non-null value.
   *
   * @param value the value
   * @param what what the value is, for the message
   * @param operation the operation name
   * @param <T> the value type
   * @return the value
   */
  public static <T> T requireNonNull(T value, String what, String operation) {
    if (value == null) {
      throw invalid(what + " must not be null", operation);
    }
    return value;
  }

  /**
   * Requires a collection whose size lies in a range.
   *
   * @param values the collection
   * @param what what the values are, for the message
   * @param min the least size
   * @param max the greatest size
   * @param operation the operation name
   * @param <C> the collection type
   * @return the collection
   */
  public static <C extends Collection<?>> C requireSize(
      C values, String what, int min, int max, String operation) {
    requireNonNull(values, what, operation);
    if (values.size() < min || values.size() > max) {
      throw invalid(
          what + " must hold " + min + " to " + max + " items, got " + values.size(), operation);
    }
    return values;
  }

  /**
   * Requires a number in a range.
   *
   * @param value the number
   * @param what what it is, for the message
   * @param min the least value
   * @param max the greatest value
   * @param operation the operation name
   * @return the value
   */
  public static int requireRange(int value, String what, int min, int max, String operation) {
    if (value < min || value > max) {
      throw invalid(what + " must be between " + min + " and " + max + ", got " + value, operation);
    }
    return value;
  }

  /**
   * A validation failure of an operation's input.
   *
   * @param problem what is wrong
   * @param operation the operation name
   * @return the exception, to be thrown
   */
  public static ValidationException invalid(String problem, String operation) {
    return new ValidationException(
        operation + ": " + problem, null, SegmentsErrorDetails.beforeRequest(operation));
  }
}
