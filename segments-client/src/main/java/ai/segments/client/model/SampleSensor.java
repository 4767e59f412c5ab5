package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A sensor of a multi-sensor sample. Its {@code task_type} decides whether the attributes are an
 * image sequence or a point cloud sequence.
 *
 * @param name the sensor name
 * @param taskType the task type of the sensor
 * @param attributes the sensor data
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = SampleSensor.Deserializer.class)
public record SampleSensor(
    @Required String name, @Required TaskType taskType, @Required SampleAttributes attributes) {

  /** Reads the sensor with its attributes variant chosen by task type. */
  static final class Deserializer extends TypeHintedDeserializer<SampleSensor> {

    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(SampleSensor.class, "task_type", AttributeVariants::sampleAttributesFor);
    }
  }
}
