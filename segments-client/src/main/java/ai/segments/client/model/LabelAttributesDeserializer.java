package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Picks the {@link LabelAttributes} variant by shape; the rule is on the interface. */
final class LabelAttributesDeserializer extends VariantDeserializer<LabelAttributes> {

  private static final long serialVersionUID = 1L;

  LabelAttributesDeserializer() {
    super(LabelAttributes.class);
  }

  @Override
  protected Class<? extends LabelAttributes> variantByShape(JsonNode node) {
    if (node.has("sensors")) {
      return MultiSensorLabelAttributes.class;
    }
    if (node.has("frames")) {
      List<JsonNode> frames = new ArrayList<>();
      node.path("frames").forEach(frames::add);
      return sequenceVariant(frames, annotationsOf(frames));
    }
    if (node.has("annotations")) {
      return singleFrameVariant(node, annotationsOf(List.of(node)));
    }
    return null;
  }

  private static Class<? extends LabelAttributes> singleFrameVariant(
      JsonNode node, List<JsonNode> annotations) {
    if (node.has("point_annotations")) {
      return PointcloudSegmentationLabelAttributes.class;
    }
    if (node.has("segmentation_bitmap")) {
      return ImageSegmentationLabelAttributes.class;
    }
    return switch (geometry(annotations)) {
      case CUBOIDS -> PointcloudCuboidLabelAttributes.class;
      case POINTS_3D -> PointcloudVectorLabelAttributes.class;
      default -> ImageVectorLabelAttributes.class;
    };
  }

  private static Class<? extends LabelAttributes> sequenceVariant(
      List<JsonNode> frames, List<JsonNode> annotations) {
    if (frames.stream().anyMatch(f -> f.has("point_annotations"))) {
      return PointcloudSequenceSegmentationLabelAttributes.class;
    }
    if (frames.stream().anyMatch(f -> f.has("segmentation_bitmap"))) {
      return ImageSequenceSegmentationLabelAttributes.class;
    }
    return switch (geometry(annotations)) {
      case CUBOIDS -> PointcloudSequenceCuboidLabelAttributes.class;
      case POINTS_3D -> PointcloudSequenceVectorLabelAttributes.class;
      default -> ImageSequenceVectorLabelAttributes.class;
    };
  }

  private static List<JsonNode> annotationsOf(List<JsonNode> frames) {
    List<JsonNode> annotations = new ArrayList<>();
    frames.forEach(frame -> frame.path("annotations").forEach(annotations::add));
    return annotations;
  }

  /** What the annotations contain: cuboids only, some 3D points, or neither. */
  private enum Geometry {
    CUBOIDS,
    POINTS_3D,
    OTHER
  }

  private static Geometry geometry(List<JsonNode> annotations) {
    boolean cuboids = false;
    for (JsonNode annotation : annotations) {
      JsonNode firstPoint = annotation.path("points").path(0);
      if (firstPoint.isArray() && firstPoint.size() == 3) {
        return Geometry.POINTS_3D;
      }
      cuboids |= annotation.has("position");
    }
    return cuboids ? Geometry.CUBOIDS : Geometry.OTHER;
  }
}
