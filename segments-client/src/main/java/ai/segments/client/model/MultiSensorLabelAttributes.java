package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Label attributes of {@code multisensor-sequence}.
 *
 * @param sensors the labels per sensor, in the sample's sensor order
 * @param links the links between objects, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record MultiSensorLabelAttributes(@Required List<LabelSensor> sensors, List<Link> links)
    implements LabelAttributes {

  /** Makes unmodifiable copies of the collections. */
  public MultiSensorLabelAttributes {
    sensors = ModelCollections.list(sensors);
    links = ModelCollections.list(links);
  }
}
