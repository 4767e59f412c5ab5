package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The warning rule {@code intersecting-cuboids}: warns about cuboids that intersect.
 *
 * @param excludedCategories category ids that may intersect anything
 * @param excludedSetOfCategories category ids that may intersect each other
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IntersectingCuboidsRule(
    List<Integer> excludedCategories, List<Integer> excludedSetOfCategories)
    implements WarningRule {

  /** The rule's name on the wire. */
  public static final String NAME = "intersecting-cuboids";

  /** Copies the id lists. */
  public IntersectingCuboidsRule {
    excludedCategories = ModelCollections.list(excludedCategories);
    excludedSetOfCategories = ModelCollections.list(excludedSetOfCategories);
  }

  /**
   * The rule name.
   *
   * @return {@value #NAME}
   */
  @Override
  @JsonProperty("name")
  public String name() {
    return NAME;
  }
}
