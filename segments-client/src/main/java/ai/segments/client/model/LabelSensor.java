package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The label of one sensor of a multi-sensor label; its {@code task_type} decides the attributes
 * variant.
 *
 * @param name the sensor name
 * @param taskType the sensor's task type (a sequence task type)
 * @param attributes the label attributes; {@code null} when the API sent an empty array (the key
 *     itself is required)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = LabelSensor.Deserializer.class)
public record LabelSensor(
    @Required String name,
    @Required TaskType taskType,
    @JsonProperty(required = true) LabelAttributes attributes) {

  /** Reads the sensor label with its attributes variant chosen by task type. */
  static final class Deserializer extends TypeHintedDeserializer<LabelSensor> {

    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(LabelSensor.class, "task_type", AttributeVariants::labelAttributesFor);
    }
  }
}
