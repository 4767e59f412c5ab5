package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A warning rule of the label editor, identified by {@code name}: {@code intersecting-cuboids} uses
 * the excluded categories, {@code cuboid-dimension-limits} the categories and limits.
 *
 * @param name the rule name
 * @param excludedCategories category ids that may intersect anything
 * @param excludedSetOfCategories category ids that may intersect each other
 * @param categories category ids the limits apply to (empty = all)
 * @param min the minimum cuboid size
 * @param max the maximum cuboid size
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WarningRule(
    @Required String name,
    List<Integer> excludedCategories,
    List<Integer> excludedSetOfCategories,
    List<Integer> categories,
    PartialXyz min,
    PartialXyz max) {

  /** Copies the id lists. */
  public WarningRule {
    excludedCategories = ModelCollections.list(excludedCategories);
    excludedSetOfCategories = ModelCollections.list(excludedSetOfCategories);
    categories = ModelCollections.list(categories);
  }
}
