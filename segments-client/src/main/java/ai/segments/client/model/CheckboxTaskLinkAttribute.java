package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A link attribute of input type {@code checkbox}: a yes/no value.
 *
 * @param name the attribute name
 * @param defaultValue the preset value
 * @param isMandatory whether a value is required
 * @param isTrackLevel always {@code true} for links (the default when absent; strict reading
 *     rejects {@code false}, as the SDK does)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CheckboxTaskLinkAttribute(
    @Required String name,
    Boolean defaultValue,
    Boolean isMandatory,
    @JsonDeserialize(using = LinkTrackLevelDeserializer.class) Boolean isTrackLevel)
    implements TaskLinkAttribute {

  /** A missing {@code is_track_level} is {@code true}. */
  public CheckboxTaskLinkAttribute {
    isTrackLevel = (isTrackLevel != null) ? isTrackLevel : Boolean.TRUE;
  }

  /**
   * The input type, always {@code checkbox}.
   *
   * @return {@link InputType#CHECKBOX}
   */
  @Override
  @JsonProperty("input_type")
  public InputType inputType() {
    return InputType.CHECKBOX;
  }
}
