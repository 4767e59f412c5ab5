package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An object or image attribute of input type {@code quaternion}: a rotation as a quaternion.
 *
 * @param name the attribute name
 * @param isMandatory whether a value is required
 * @param isTrackLevel whether the value is the same on every frame of a track
 * @param syncedAcrossSensors whether the value is shared by all sensors
 * @param sensorFilter the sensors the attribute applies to
 * @param sensors the documented {@code "2D"}, {@code "3D"} or {@code "all"} sensor selector (not in
 *     the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record QuaternionTaskAttribute(
    @Required String name,
    Boolean isMandatory,
    Boolean isTrackLevel,
    Boolean syncedAcrossSensors,
    String sensorFilter,
    String sensors)
    implements TaskAttribute {

  /**
   * The input type, always {@code quaternion}.
   *
   * @return {@link InputType#QUATERNION}
   */
  @Override
  @JsonProperty("input_type")
  public InputType inputType() {
    return InputType.QUATERNION;
  }
}
