package ai.segments.client.model;

import java.util.Optional;

/**
 * An enumeration of the API with a string value on the wire.
 *
 * <p>Every implementation has an {@code UNKNOWN} constant that the lenient object mapper produces
 * for values this client does not know; the strict mapper rejects such values instead.
 */
public interface ApiEnum {

  /** The wire value of every {@code UNKNOWN} constant; never sent by the API. */
  String UNKNOWN_VALUE = "<unknown>";

  /**
   * Returns the value used on the wire.
   *
   * @return the wire value
   */
  String value();

  /**
   * Finds the constant of {@code type} whose wire value is {@code value}, never {@code UNKNOWN}.
   *
   * @param type the enum class
   * @param value the wire value, may be {@code null}
   * @param <E> the enum type
   * @return the constant, or empty if the value is unknown
   */
  static <E extends Enum<E> & ApiEnum> Optional<E> find(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.value().equals(value) && !UNKNOWN_VALUE.equals(value)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the constant of {@code type} whose wire value is {@code value}.
   *
   * @param type the enum class
   * @param value the wire value
   * @param <E> the enum type
   * @return the constant
   * @throws IllegalArgumentException if no constant has that wire value
   */
  static <E extends Enum<E> & ApiEnum> E fromValue(Class<E> type, String value) {
    return find(type, value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown " + type.getSimpleName() + " value: '" + value + "'"));
  }
}
