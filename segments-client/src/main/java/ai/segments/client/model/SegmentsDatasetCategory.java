package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A category of a release file's {@code dataset.task_attributes.categories}, as the SDK's {@code
 * SegmentsDatasetCategory}: id, name, optional RGB(A) color and attributes, and every other key the
 * file holds (e.g. {@code has_instances}) kept in {@link #extra()}, in file order. Written back, it
 * has the SDK's key order: {@code id, name, color, attributes}, then the extra keys.
 *
 * @param id the category id
 * @param name the category name
 * @param color the RGB or RGBA color, or {@code null}
 * @param attributes the category's attribute definitions, or {@code null}
 * @param extra every other key of the category
 */
@JsonPropertyOrder({"id", "name", "color", "attributes"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SegmentsDatasetCategory(
    @Required Integer id,
    @Required String name,
    List<Integer> color,
    List<Object> attributes,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /** Copies the collections; a missing {@code extra} is empty. */
  public SegmentsDatasetCategory {
    color = ModelCollections.list(color);
    attributes = ModelCollections.list(attributes);
    extra = ModelCollections.map((extra != null) ? extra : Map.of());
  }

  /**
   * Whether the file says the category has instances ({@code has_instances}), as the SDK reads it
   * for COCO panoptic {@code isthing}.
   *
   * @return the value, or {@code null} when the key is absent
   */
  public Boolean hasInstances() {
    Object value = this.extra.get("has_instances");
    return (value instanceof Boolean flag) ? flag : null;
  }
}
