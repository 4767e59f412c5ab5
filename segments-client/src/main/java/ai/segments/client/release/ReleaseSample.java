package ai.segments.client.release;

import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.SampleAttributes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;

/**
 * One sample of a release file with its label in the selected labelset.
 *
 * @param uuid the sample UUID
 * @param name the sample name
 * @param attributes the sample attributes, typed by shape ({@code null} if they fit no model)
 * @param attributesJson the sample attributes as the file holds them
 * @param metadata the sample metadata (empty when absent)
 * @param label the label in the selected labelset, or {@code null} when unlabeled
 */
public record ReleaseSample(
    String uuid,
    String name,
    SampleAttributes attributes,
    JsonNode attributesJson,
    Map<String, Object> metadata,
    ReleaseLabel label) {

  private static final JsonNode MISSING = MissingNode.getInstance();

  /**
   * The label status in the selected labelset, {@code UNLABELED} when there is no label (as the
   * SDK's {@code filter_by} reads it).
   *
   * @return the status
   */
  public LabelStatus labelStatus() {
    return (this.label != null) ? this.label.labelStatus() : LabelStatus.UNLABELED;
  }

  /**
   * The label attributes as the file holds them, e.g. to read {@code annotations}.
   *
   * @return the attributes, or a missing node when unlabeled
   */
  public JsonNode labelAttributesJson() {
    return (this.label != null) ? this.label.json().path("attributes") : MISSING;
  }
}
