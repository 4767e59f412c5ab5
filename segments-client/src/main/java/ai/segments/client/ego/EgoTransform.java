package ai.segments.client.ego;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.Arguments;
import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.Label;
import ai.segments.client.model.Sample;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Transforms point-cloud labels from world to ego coordinates with the ego poses of their sample,
 * as the SDK's {@code transform_label_to_ego_coordinates}: cuboids get their {@code position},
 * {@code yaw} and {@code rotation} transformed, vector annotations their 3D {@code points};
 * segmentation annotations have no coordinates and stay as they are. Works for point-cloud,
 * point-cloud sequence and multi-sensor samples (their point-cloud sequence sensors); frames
 * without an ego pose stay in world coordinates and a warning is logged.
 *
 * <pre>{@code
 * Label ego = EgoTransform.toEgoCoordinates(client.getSample(uuid), client.getLabel(uuid));
 * // or in one call: client.getLabel(uuid, "ground-truth", true)
 * }</pre>
 */
public final class EgoTransform {

  private static final Log LOGGER = LogFactory.getLog(EgoTransform.class);
  private static final ObjectMapper MAPPER = SegmentsJson.objectMapper(false);

  private EgoTransform() {}

  /**
   * A copy of the label in ego coordinates; the label itself is not changed.
   *
   * @param sample the label's sample, with its ego poses
   * @param label the label in world coordinates
   * @return the transformed copy
   * @throws ai.segments.client.exception.ValidationException if the label belongs to another
   *     sample, the sample is not a point cloud (sequence) or multi-sensor sample, or a heading has
   *     zero norm
   */
  public static Label toEgoCoordinates(Sample sample, Label label) {
    Arguments.requireNonNull(
        sample, "sample", SegmentsOperation.TRANSFORM_LABEL_TO_EGO_COORDINATES.operationName());
    Arguments.requireNonNull(
        label, "label", SegmentsOperation.TRANSFORM_LABEL_TO_EGO_COORDINATES.operationName());
    if (!String.valueOf(label.sampleUuid()).equals(sample.uuid())) {
      throw Arguments.invalid(
          "Label sample UUID does not match sample UUID.",
          SegmentsOperation.TRANSFORM_LABEL_TO_EGO_COORDINATES.operationName());
    }
    JsonNode sampleAttributes = MAPPER.valueToTree(sample.attributes());
    ObjectNode labelJson = MAPPER.valueToTree(label);
    JsonNode attributes = labelJson.path("attributes");
    int missing;
    if (sampleAttributes.has("pcd")) {
      missing = transformAnnotations(attributes, sampleAttributes.path("ego_pose"));
    } else if (sampleAttributes.has("frames") && isPointcloudSequence(sampleAttributes)) {
      missing = transformFrames(attributes, sampleAttributes.path("frames"));
    } else if (sampleAttributes.has("sensors")) {
      missing = transformSensors(attributes, sampleAttributes.path("sensors"));
    } else {
      throw Arguments.invalid(
          "Sample must be a point cloud, point cloud sequence or multi-sensor sample "
              + "to transform its label to ego coordinates.",
          SegmentsOperation.TRANSFORM_LABEL_TO_EGO_COORDINATES.operationName());
    }
    if (missing > 0) {
      LOGGER.warn(
          missing + " frame(s) have no ego pose: their annotations are left in world coordinates.");
    }
    try {
      return MAPPER.treeToValue(labelJson, Label.class);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("A transformed label no longer reads as a label", ex);
    }
  }

  private static boolean isPointcloudSequence(JsonNode sampleAttributes) {
    for (JsonNode frame : sampleAttributes.path("frames")) {
      if (frame.has("image")) {
        return false;
      }
    }
    return true;
  }

  /** Transforms a single-frame label; returns 1 when the pose is missing. */
  private static int transformAnnotations(JsonNode attributes, JsonNode egoPose) {
    if (!egoPose.isObject()) {
      return 1;
    }
    EgoFrame frame = EgoFrame.of(egoPose);
    attributes.path("annotations").forEach(annotation -> transform(annotation, frame));
    return 0;
  }

  /** Transforms each frame with its sample frame's pose; returns the frames without one. */
  private static int transformFrames(JsonNode attributes, JsonNode sampleFrames) {
    int missing = 0;
    JsonNode frames = attributes.path("frames");
    for (int i = 0; i < frames.size(); i++) {
      missing += transformAnnotations(frames.get(i), sampleFrames.path(i).path("ego_pose"));
    }
    return missing;
  }

  private static int transformSensors(JsonNode attributes, JsonNode sampleSensors) {
    Map<String, JsonNode> framesBySensor = new HashMap<>();
    for (JsonNode sensor : sampleSensors) {
      JsonNode frames = sensor.path("attributes").path("frames");
      if (sensor.path("task_type").asText("").startsWith("pointcloud") && frames.isArray()) {
        framesBySensor.put(sensor.path("name").asText(), frames);
      }
    }
    int missing = 0;
    for (JsonNode sensor : attributes.path("sensors")) {
      JsonNode sampleFrames = framesBySensor.get(sensor.path("name").asText());
      if (sampleFrames != null && sensor.path("attributes").has("frames")) {
        missing += transformFrames(sensor.path("attributes"), sampleFrames);
      }
    }
    return missing;
  }

  private static void transform(JsonNode annotation, EgoFrame frame) {
    if (!(annotation instanceof ObjectNode node)) {
      return;
    }
    if (node.path("type").asText().startsWith("cuboid") && node.path("position").isObject()) {
      ObjectNode position = (ObjectNode) node.path("position");
      double[] ego = frame.point(xyz(position));
      position.put("x", ego[0]).put("y", ego[1]).put("z", ego[2]);
      if (node.path("yaw").isNumber()) {
        node.put("yaw", frame.yaw(node.path("yaw").asDouble()));
      }
      if (node.path("rotation").isObject()) {
        double[] q = frame.rotation(node.path("rotation"));
        ((ObjectNode) node.path("rotation"))
            .put("qx", q[0])
            .put("qy", q[1])
            .put("qz", q[2])
            .put("qw", q[3]);
      }
    } else if (node.path("points").isArray() && !node.has("position")) {
      ArrayNode points = (ArrayNode) node.path("points");
      for (int i = 0; i < points.size(); i++) {
        JsonNode point = points.get(i);
        if (point.isArray() && point.size() == 3) {
          double[] ego =
              frame.point(
                  new double[] {
                    point.get(0).asDouble(), point.get(1).asDouble(), point.get(2).asDouble()
                  });
          points.set(i, MAPPER.createArrayNode().add(ego[0]).add(ego[1]).add(ego[2]));
        }
      }
    }
  }

  private static double[] xyz(JsonNode node) {
    return new double[] {
      node.path("x").asDouble(), node.path("y").asDouble(), node.path("z").asDouble()
    };
  }
}
