package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An attribute of the links between objects, one record per {@code input_type} as in the SDK:
 * {@link SelectTaskLinkAttribute} and {@link MultiselectTaskLinkAttribute} (which require {@code
 * values}), {@link TextTaskLinkAttribute}, {@link NumberTaskLinkAttribute} and {@link
 * CheckboxTaskLinkAttribute}. Link attributes are always track-level: {@code is_track_level} is
 * {@code true} when absent, and strict reading rejects {@code false}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "input_type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SelectTaskLinkAttribute.class, name = "select"),
  @JsonSubTypes.Type(value = MultiselectTaskLinkAttribute.class, name = "multiselect"),
  @JsonSubTypes.Type(value = TextTaskLinkAttribute.class, name = "text"),
  @JsonSubTypes.Type(value = NumberTaskLinkAttribute.class, name = "number"),
  @JsonSubTypes.Type(value = CheckboxTaskLinkAttribute.class, name = "checkbox")
})
public sealed interface TaskLinkAttribute
    permits SelectTaskLinkAttribute,
        MultiselectTaskLinkAttribute,
        TextTaskLinkAttribute,
        NumberTaskLinkAttribute,
        CheckboxTaskLinkAttribute {

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
   * Whether the value is the same on every frame of a track; {@code true} for links.
   *
   * @return {@code true} unless a lenient reading kept a {@code false}
   */
  Boolean isTrackLevel();
}
