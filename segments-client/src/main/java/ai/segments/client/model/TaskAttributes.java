package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The label editor configuration of a dataset. Keys this record does not model are kept in {@code
 * extra} and written back, as the SDK does.
 *
 * @param formatVersion the format version as sent (e.g. {@code "0.1"})
 * @param categories the label categories
 * @param imageAttributes the image-level attributes
 * @param warningRules the warning rules
 * @param circleRadius the ego circle radius of 3D interfaces
 * @param extra any other keys, in order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaskAttributes(
    Object formatVersion,
    List<TaskAttributeCategory> categories,
    List<TaskAttribute> imageAttributes,
    List<WarningRule> warningRules,
    Integer circleRadius,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /** Copies the lists and the extra keys. */
  public TaskAttributes {
    categories = ModelCollections.list(categories);
    imageAttributes = ModelCollections.list(imageAttributes);
    warningRules = ModelCollections.list(warningRules);
    extra = ModelCollections.map(extra);
  }
}
