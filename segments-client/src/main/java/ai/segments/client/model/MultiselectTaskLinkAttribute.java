package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A link attribute of input type {@code multiselect}: any choices of {@code values}.
 *
 * @param name the attribute name
 * @param values the choices; required
 * @param defaultValue the preselected choice, as the SDK types it
 * @param isMandatory whether a value is required
 * @param isTrackLevel always {@code true} for links (the default when absent; strict reading
 *     rejects {@code false}, as the SDK does)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MultiselectTaskLinkAttribute(
    @Required String name,
    @Required List<String> values,
    String defaultValue,
    Boolean isMandatory,
    @JsonDeserialize(using = LinkTrackLevelDeserializer.class) Boolean isTrackLevel)
    implements TaskLinkAttribute {

  /** Copies the values; a missing {@code is_track_level} is {@code true}. */
  public MultiselectTaskLinkAttribute {
    values = ModelCollections.list(values);
    isTrackLevel = (isTrackLevel != null) ? isTrackLevel : Boolean.TRUE;
  }

  /**
   * The input type, always {@code multiselect}.
   *
   * @return {@link InputType#MULTISELECT}
   */
  @Override
  @JsonProperty("input_type")
  public InputType inputType() {
    return InputType.MULTISELECT;
  }
}
