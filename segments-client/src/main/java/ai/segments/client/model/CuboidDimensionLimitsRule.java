package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The warning rule {@code cuboid-dimension-limits}: warns about cuboids outside a size range.
 *
 * @param categories category ids the limits apply to (empty or {@code null} = all)
 * @param min the minimum cuboid size
 * @param max the maximum cuboid size
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CuboidDimensionLimitsRule(List<Integer> categories, PartialXyz min, PartialXyz max)
    implements WarningRule {

  /** The rule's name on the wire. */
  public static final String NAME = "cuboid-dimension-limits";

  /** Copies the category ids. */
  public CuboidDimensionLimitsRule {
    categories = ModelCollections.list(categories);
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
