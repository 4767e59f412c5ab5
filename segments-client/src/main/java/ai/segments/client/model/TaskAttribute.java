package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An object or image attribute of the label editor, one record per {@code input_type} as in the
 * SDK: {@link SelectTaskAttribute} and {@link MultiselectTaskAttribute} (which require {@code
 * values}), {@link TextTaskAttribute}, {@link NumberTaskAttribute}, {@link CheckboxTaskAttribute},
 * {@link Vector3TaskAttribute}, {@link QuaternionTaskAttribute} and {@link PointsTaskAttribute}.
 * Strict reading rejects a missing or unknown {@code input_type}; lenient reading yields {@code
 * null} for such an attribute. Link attributes are {@link TaskLinkAttribute}s.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "input_type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SelectTaskAttribute.class, name = "select"),
  @JsonSubTypes.Type(value = MultiselectTaskAttribute.class, name = "multiselect"),
  @JsonSubTypes.Type(value = TextTaskAttribute.class, name = "text"),
  @JsonSubTypes.Type(value = NumberTaskAttribute.class, name = "number"),
  @JsonSubTypes.Type(value = CheckboxTaskAttribute.class, name = "checkbox"),
  @JsonSubTypes.Type(value = Vector3TaskAttribute.class, name = "vector3"),
  @JsonSubTypes.Type(value = QuaternionTaskAttribute.class, name = "quaternion"),
  @JsonSubTypes.Type(value = PointsTaskAttribute.class, name = "points")
})
public sealed interface TaskAttribute
    permits SelectTaskAttribute,
        MultiselectTaskAttribute,
        TextTaskAttribute,
        NumberTaskAttribute,
        CheckboxTaskAttribute,
        Vector3TaskAttribute,
        QuaternionTaskAttribute,
        PointsTaskAttribute {

  /**
   * The attribute name.
   *
   * @return the name
   */
  String name();

  /**
   * The input type, fixed by the record type.
   *
   * @return the input type
   */
  InputType inputType();

  /**
   * Whether a value is required.
   *
   * @return the flag, or {@code null} when not sent
   */
  Boolean isMandatory();

  /**
   * Whether the value is the same on every frame of a track.
   *
   * @return the flag, or {@code null} when not sent
   */
  Boolean isTrackLevel();

  /**
   * Whether the value is shared by all sensors.
   *
   * @return the flag, or {@code null} when not sent
   */
  Boolean syncedAcrossSensors();

  /**
   * The sensors the attribute applies to.
   *
   * @return the filter, or {@code null} when not sent
   */
  String sensorFilter();
}
