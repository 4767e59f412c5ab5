package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A link attribute of input type {@code number}: a number.
 *
 * @param name the attribute name
 * @param defaultValue the prefilled number
 * @param min the minimum (numeric strings accepted, blank = none)
 * @param max the maximum (numeric strings accepted, blank = none)
 * @param step the step (numeric strings accepted, blank = none)
 * @param isMandatory whether a value is required
 * @param isTrackLevel always {@code true} for links (the default when absent; strict reading
 *     rejects {@code false}, as the SDK does)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NumberTaskLinkAttribute(
    @Required String name,
    Double defaultValue,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double min,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double max,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double step,
    Boolean isMandatory,
    @JsonDeserialize(using = LinkTrackLevelDeserializer.class) Boolean isTrackLevel)
    implements TaskLinkAttribute {

  /** A missing {@code is_track_level} is {@code true}. */
  public NumberTaskLinkAttribute {
    isTrackLevel = (isTrackLevel != null) ? isTrackLevel : Boolean.TRUE;
  }

  /**
   * The input type, always {@code number}.
   *
   * @return {@link InputType#NUMBER}
   */
  @Override
  @JsonProperty("input_type")
  public InputType inputType() {
    return InputType.NUMBER;
  }
}
