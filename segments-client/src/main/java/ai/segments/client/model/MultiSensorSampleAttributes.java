package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Attributes of a multi-sensor sample.
 *
 * @param sensors the sensors, in the order labels must follow
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record MultiSensorSampleAttributes(@Required List<SampleSensor> sensors)
    implements SampleAttributes {

  /** Copies the sensors. */
  public MultiSensorSampleAttributes {
    sensors = ModelCollections.list(sensors);
  }
}
