package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An attribute of the label editor (object, image or link attribute), described by its {@code
 * input_type}; the type-specific fields are {@code null} for other types. Link attributes use the
 * same record (only {@code select}, {@code multiselect}, {@code text}, {@code number} and {@code
 * checkbox}; {@code is_track_level} defaults to true and must not be false).
 *
 * @param name the attribute name
 * @param inputType the input type
 * @param values the choices of {@code select} and {@code multiselect}
 * @param defaultValue the default as sent: a string, number, boolean or (multiselect) list
 * @param min the minimum of a {@code number} (numeric strings accepted, blank = none)
 * @param max the maximum of a {@code number} (numeric strings accepted, blank = none)
 * @param step the step of a {@code number} (numeric strings accepted, blank = none)
 * @param isMandatory whether a value is required
 * @param isTrackLevel whether the value is the same on every frame of a track
 * @param syncedAcrossSensors whether the value is shared by all sensors
 * @param sensorFilter the sensors the attribute applies to
 * @param sensors the documented {@code "2D"}, {@code "3D"} or {@code "all"} sensor selector
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaskAttribute(
    @Required String name,
    @Required InputType inputType,
    List<String> values,
    Object defaultValue,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double min,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double max,
    @JsonDeserialize(using = LenientDoubleDeserializer.class) Double step,
    Boolean isMandatory,
    Boolean isTrackLevel,
    Boolean syncedAcrossSensors,
    String sensorFilter,
    String sensors) {

  /** Copies the values. */
  public TaskAttribute {
    values = ModelCollections.list(values);
  }
}
