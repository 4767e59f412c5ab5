package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An object or image attribute of input type {@code number}: a number.
 *
 * @param name the attribute name
 * @param defaultValue the prefilled number
 * @param min the minimum (numeric strings accepted, blank = none)
 * @param max the maximum (numeric strings accepted, blank = none)
 * @param step the step (numeric strings accepted, blank = none)
 * @param isMandatory whether a value is required
 * @param isTrackLevel whether the value is the same on every frame of a track
 * @param syncedAcrossSensors whether the value is shared by all sensors
 * @param sensorFilter the sensors the attribute applies to
 * @param sensors the documented {@code "2D"}, {@code "3D"} or {@code "all"} sensor selector (not in
 *     the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NumberTaskAttribute(
    @Required String name,
    Double defaultValue,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double min,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double max,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double step,
    Boolean isMandatory,
    Boolean isTrackLevel,
    Boolean syncedAcrossSensors,
    String sensorFilter,
    String sensors)
    implements TaskAttribute {

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
