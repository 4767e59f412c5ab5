package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A warning rule of the label editor, identified by {@code name} as in the SDK: {@link
 * IntersectingCuboidsRule} ({@code intersecting-cuboids}) or {@link CuboidDimensionLimitsRule}
 * ({@code cuboid-dimension-limits}). Strict reading rejects any other name; lenient reading yields
 * {@code null} for such a rule.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "name")
@JsonSubTypes({
  @JsonSubTypes.Type(value = IntersectingCuboidsRule.class, name = IntersectingCuboidsRule.NAME),
  @JsonSubTypes.Type(value = CuboidDimensionLimitsRule.class, name = CuboidDimensionLimitsRule.NAME)
})
public sealed interface WarningRule permits IntersectingCuboidsRule, CuboidDimensionLimitsRule {

  /**
   * The rule name, fixed by the record type.
   *
   * @return the name
   */
  String name();
}
