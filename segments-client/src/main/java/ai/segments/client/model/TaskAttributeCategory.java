package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A label category of a dataset. Keys this record does not model are kept in {@code extra} and
 * written back, as the SDK does.
 *
 * @param name the category name
 * @param id the category id
 * @param color RGB or RGBA, 0–255
 * @param hasInstances whether objects of this category are separate instances
 * @param attributes the object attributes
 * @param dimensions the default size of new cuboids
 * @param linkAttributes the attributes of links from this category
 * @param linkCategoryRestrictions the category ids this category may link to; {@code null} (absent)
 *     and empty are kept apart
 * @param lockDimensions whether cuboid dimensions are locked
 * @param lockRotation whether cuboid rotation is locked
 * @param lockPosition whether cuboid position is locked
 * @param extra any other keys, in order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaskAttributeCategory(
    @Required String name,
    @Required Integer id,
    List<Integer> color,
    Boolean hasInstances,
    List<TaskAttribute> attributes,
    PartialXyz dimensions,
    List<TaskLinkAttribute> linkAttributes,
    List<Integer> linkCategoryRestrictions,
    Boolean lockDimensions,
    Boolean lockRotation,
    Boolean lockPosition,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /** Copies the lists and the extra keys. */
  public TaskAttributeCategory {
    color = ModelCollections.list(color);
    attributes = ModelCollections.list(attributes);
    linkAttributes = ModelCollections.list(linkAttributes);
    linkCategoryRestrictions = ModelCollections.list(linkCategoryRestrictions);
    extra = ModelCollections.map(extra);
  }
}
