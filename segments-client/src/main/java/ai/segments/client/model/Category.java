package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The category of a dataset: one of the eight known values or a custom value starting with {@code
 * custom-} (API §4.4). Any string deserializes, in strict and lenient mode alike.
 *
 * @param value the category as sent on the wire
 */
public record Category(String value) {

  /** {@code street_scenery}. */
  public static final Category STREET_SCENERY = new Category("street_scenery");

  /** {@code garden}. */
  public static final Category GARDEN = new Category("garden");

  /** {@code agriculture}. */
  public static final Category AGRICULTURE = new Category("agriculture");

  /** {@code satellite}. */
  public static final Category SATELLITE = new Category("satellite");

  /** {@code people}. */
  public static final Category PEOPLE = new Category("people");

  /** {@code medical}. */
  public static final Category MEDICAL = new Category("medical");

  /** {@code fruit}. */
  public static final Category FRUIT = new Category("fruit");

  /** {@code other}, the default of a new dataset. */
  public static final Category OTHER = new Category("other");

  /** Rejects a {@code null} value. */
  public Category {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the category with the given wire value.
   *
   * @param value the wire value
   * @return the category
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Category of(String value) {
    return new Category(value);
  }

  /**
   * Returns the wire value.
   *
   * @return the category string
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Tells whether this is a custom category.
   *
   * @return {@code true} if the value starts with {@code custom-}
   */
  public boolean isCustom() {
    return value.startsWith("custom-");
  }

  /**
   * Tells whether this is one of the eight predefined categories.
   *
   * @return {@code true} for a predefined category
   */
  public boolean isKnown() {
    return switch (value) {
      case "street_scenery",
          "garden",
          "agriculture",
          "satellite",
          "people",
          "medical",
          "fruit",
          "other" ->
          true;
      default -> false;
    };
  }

  /** Returns the wire value. */
  @Override
  public String toString() {
    return value;
  }
}
