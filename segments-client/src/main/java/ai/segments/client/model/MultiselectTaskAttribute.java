package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An object or image attribute of input type {@code multiselect}: any choices of {@code values}.
 *
 * @param name the attribute name
 * @param values the choices; required
 * @param defaultValue the preselected choice, as the SDK types it
 * @param isMandatory whether a value is required
 * @param isTrackLevel whether the value is the same on every frame of a track
 * @param syncedAcrossSensors whether the value is shared by all sensors
 * @param sensorFilter the sensors the attribute applies to
 * @param sensors the documented {@code "2D"}, {@code "3D"} or {@code "all"} sensor selector (not in
 *     the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MultiselectTaskAttribute(
    @Required String name,
    @Required List<String> values,
    String defaultValue,
    Boolean isMandatory,
    Boolean isTrackLevel,
    Boolean syncedAcrossSensors,
    String sensorFilter,
    String sensors)
    implements TaskAttribute {

  /** Copies the values. */
  public MultiselectTaskAttribute {
    values = ModelCollections.list(values);
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
