package ai.segments.client.model;

import static ai.segments.client.json.ExampleFiles.STRICT;
import static ai.segments.client.json.ExampleFiles.strict;
import static ai.segments.client.json.ExampleFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelModelTest {

  static Stream<Arguments> labelExamples() {
    return Stream.of(
        Arguments.of("label-image-segmentation.json", "ImageSegmentationLabelAttributes"),
        Arguments.of("label-image-vector.json", "ImageVectorLabelAttributes"),
        Arguments.of(
            "label-image-segmentation-sequence.json", "ImageSequenceSegmentationLabelAttributes"),
        Arguments.of("label-image-vector-sequence.json", "ImageSequenceVectorLabelAttributes"),
        Arguments.of("label-pointcloud-segmentation.json", "PointcloudSegmentationLabelAttributes"),
        Arguments.of("label-pointcloud-cuboid.json", "PointcloudCuboidLabelAttributes"),
        Arguments.of("label-pointcloud-vector.json", "PointcloudVectorLabelAttributes"),
        Arguments.of(
            "label-pointcloud-segmentation-sequence.json",
            "PointcloudSequenceSegmentationLabelAttributes"),
        Arguments.of(
            "label-pointcloud-cuboid-sequence.json", "PointcloudSequenceCuboidLabelAttributes"),
        Arguments.of(
            "label-pointcloud-vector-sequence.json", "PointcloudSequenceVectorLabelAttributes"),
        Arguments.of("label-multisensor.json", "MultiSensorLabelAttributes"));
  }

  @ParameterizedTest
  @MethodSource("labelExamples")
  void everyLabelExampleResolvesToItsVariant(String file, String variant) {
    Label label = strict(file, Label.class);

    assertThat(label.attributes().getClass().getSimpleName()).isEqualTo(variant);
    assertThat(AttributeVariants.labelAttributesFor(label.labelType()))
        .contains(label.attributes().getClass());
    assertThat(label.sampleUuid()).isNotBlank();
    assertThat(label.createdAt()).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("labelExamples")
  void withoutLabelTypeTheShapeDecides(String file, String variant) throws Exception {
    var tree = (ObjectNode) tree(file);
    LabelAttributes attributes = STRICT.treeToValue(tree.get("attributes"), LabelAttributes.class);

    assertThat(attributes.getClass().getSimpleName()).isEqualTo(variant);
  }

  @Test
  void imageVectorLabelKeepsLinksTrackIdsAndAttributes() {
    Label label = strict("label-image-vector.json", Label.class);

    assertThat(label.labelType()).isEqualTo(TaskType.VECTOR);
    assertThat(label.labelStatus()).isEqualTo(LabelStatus.REVIEWED);
    assertThat(label.labelset()).isEqualTo("ground-truth");
    assertThat(label.rating()).isEqualTo(4.0);
    assertThat(label.score()).isNull();
    assertThat(label.reviewedAt()).isEqualTo(Instant.parse("2024-03-19T11:40:03.118744Z"));
    var attributes = (ImageVectorLabelAttributes) label.attributes();
    assertThat(attributes.formatVersion()).isEqualTo("0.1");
    assertThat(attributes.annotations())
        .extracting(VectorAnnotation::type)
        .containsExactly(
            AnnotationType.BBOX,
            AnnotationType.POLYGON,
            AnnotationType.POLYLINE,
            AnnotationType.POINT);
    VectorAnnotation bbox = attributes.annotations().get(0);
    assertThat(bbox.trackId()).isEqualTo(1);
    assertThat(bbox.points()).containsExactly(List.of(12.34, 56.78), List.of(90.12, 134.56));
    assertThat(bbox.attributes())
        .containsEntry("defects", List.of("wilted"))
        .containsEntry("petal_count", 5)
        .containsEntry("in_bloom", true);
    assertThat(attributes.links())
        .containsExactly(new Link(2, 1, Map.of("relation", "attached_to")));
    assertThat(attributes.imageAttributes()).containsEntry("lighting", "daylight");
  }

  @Test
  void segmentationLabels() {
    var image =
        (ImageSegmentationLabelAttributes)
            strict("label-image-segmentation.json", Label.class).attributes();
    assertThat(image.segmentationBitmap().url())
        .endsWith("ddf55e99-1a6f-42d2-83e9-8657de3259a1.png");
    assertThat(image.annotations()).extracting(SegmentationAnnotation::id).containsExactly(1, 2, 3);
    assertThat(image.annotations().get(2).attributes()).isNull();

    var cloud =
        (PointcloudSegmentationLabelAttributes)
            strict("label-pointcloud-segmentation.json", Label.class).attributes();
    assertThat(cloud.pointAnnotations()).containsExactly(0, 0, 0, 3, 2, 2, 2, 1, 3, 0, 1, 1);

    var imageSequence =
        (ImageSequenceSegmentationLabelAttributes)
            strict("label-image-segmentation-sequence.json", Label.class).attributes();
    assertThat(imageSequence.frames()).hasSize(3);
    assertThat(imageSequence.frames().get(0).timestamp()).isEqualTo(1710757267000000000L);
    assertThat(imageSequence.frames().get(0).annotations().get(0).isKeyframe()).isTrue();
    assertThat(imageSequence.frames().get(2).segmentationBitmap()).isNull();

    var cloudSequence =
        (PointcloudSequenceSegmentationLabelAttributes)
            strict("label-pointcloud-segmentation-sequence.json", Label.class).attributes();
    assertThat(cloudSequence.frames().get(1).pointAnnotations())
        .containsExactly(0, 1, 1, 1, 0, 0, 0, 0);
    assertThat(cloudSequence.frames().get(0).annotations().get(1).attributes())
        .containsEntry("occluded", true);
  }

  @Test
  void cuboidLabels() {
    var single =
        (PointcloudCuboidLabelAttributes)
            strict("label-pointcloud-cuboid.json", Label.class).attributes();
    CuboidAnnotation car = single.annotations().get(0);
    assertThat(car.type()).isEqualTo(AnnotationType.CUBOID);
    assertThat(car.position()).isEqualTo(new Xyz(12.4, -3.1, 0.8));
    assertThat(car.rotation()).isEqualTo(new Xyzw(0.0, 0.0, 0.7277, 0.6859));
    assertThat(car.yaw()).isEqualTo(1.63);
    assertThat(single.links()).containsExactly(new Link(2, 1, null));

    var sequence =
        (PointcloudSequenceCuboidLabelAttributes)
            strict("label-pointcloud-cuboid-sequence.json", Label.class).attributes();
    SequenceCuboidAnnotation moving = sequence.frames().get(1).annotations().get(0);
    assertThat(moving.index()).isEqualTo(1);
    assertThat(moving.trackId()).isEqualTo(6);
    assertThat(moving.velocity()).isEqualTo(new Velocity(1.1, 11.0));
    assertThat(moving.acceleration()).isEqualTo(new Velocity(null, 0.4));
    assertThat(sequence.frames().get(1).annotations().get(1).type())
        .isEqualTo(AnnotationType.CUBOID_SYNC);
    assertThat(sequence.links()).containsExactly(new Link(7, 6, Map.of()));
  }

  @Test
  void pointcloudVectorLabelsMixShapesAndCuboids() {
    var single =
        (PointcloudVectorLabelAttributes)
            strict("label-pointcloud-vector.json", Label.class).attributes();
    assertThat(single.annotations())
        .extracting(a -> a.getClass().getSimpleName())
        .containsExactly(
            "VectorAnnotation", "VectorAnnotation", "VectorAnnotation", "CuboidAnnotation");
    assertThat(((VectorAnnotation) single.annotations().get(2)).points())
        .containsExactly(List.of(12.34, 56.78, 1.2));
    assertThat(single.links()).isEmpty();

    var sequence =
        (PointcloudSequenceVectorLabelAttributes)
            strict("label-pointcloud-vector-sequence.json", Label.class).attributes();
    assertThat(sequence.links()).isNull();
    assertThat(sequence.frames().get(0).timestamp()).isEqualTo("00001");
    assertThat(sequence.frames().get(0).annotations().get(0))
        .isInstanceOf(SequenceCuboidAnnotation.class);
    assertThat(sequence.frames().get(1).annotations())
        .extracting(PointcloudSequenceVectorAnnotation::type)
        .containsExactly(AnnotationType.POLYLINE, AnnotationType.POINT);
  }

  @Test
  void imageVectorSequenceKeepsLinks() {
    Label label = strict("label-image-vector-sequence.json", Label.class);
    var attributes = (ImageSequenceVectorLabelAttributes) label.attributes();

    assertThat(label.score()).isEqualTo(0.87);
    assertThat(attributes.formatVersion()).isEqualTo("0.2");
    assertThat(attributes.links()).containsExactly(new Link(5, 6, Map.of()));
    assertThat(attributes.frames().get(0).annotations().get(1).trackId()).isEqualTo(5);
    assertThat(attributes.frames().get(0).imageAttributes()).containsEntry("lighting", "daylight");
  }

  @Test
  void multiSensorLabelPicksVariantsBySensorTaskType() {
    var attributes =
        (MultiSensorLabelAttributes) strict("label-multisensor.json", Label.class).attributes();

    assertThat(attributes.sensors())
        .extracting(LabelSensor::name)
        .containsExactly("Lidar", "Camera front");
    assertThat(attributes.sensors().get(0).attributes())
        .isInstanceOf(PointcloudSequenceCuboidLabelAttributes.class);
    assertThat(attributes.sensors().get(1).attributes())
        .isInstanceOf(ImageSequenceVectorLabelAttributes.class);
    assertThat(attributes.links()).isEmpty();
  }

  @Test
  void labelSummary() {
    LabelSummary summary = strict("label-summary.json", LabelSummary.class);

    assertThat(summary.labelStatus()).isEqualTo(LabelStatus.REVIEWED);
    assertThat(summary.reviewedBy()).isEqualTo("mary");
    assertThat(summary.updatedAt()).isEqualTo(Instant.parse("2024-03-19T11:40:03.118744Z"));
  }

  @Test
  void labelTypeDecidesOverShape() throws Exception {
    String json =
        """
        {"sample_uuid": "s", "label_type": "pointcloud-cuboid", "label_status": "LABELED",
         "labelset": "ground-truth", "attributes": {"annotations": []},
         "created_at": "2024-01-01T00:00:00Z", "created_by": "john",
         "updated_at": "2024-01-01T00:00:00Z"}
        """;

    Label label = STRICT.readValue(json, Label.class);
    LabelAttributes byShape = STRICT.readValue("{\"annotations\": []}", LabelAttributes.class);

    assertThat(label.attributes())
        .isEqualTo(new PointcloudCuboidLabelAttributes(List.of(), null, null, null));
    assertThat(byShape).isInstanceOf(ImageVectorLabelAttributes.class);
  }

  @Test
  void labelTypeDecidesEvenWhenItFollowsTheAttributes() throws Exception {
    String json =
        """
        {"attributes": {"annotations": []}, "sample_uuid": "s", "label_status": "LABELED",
         "labelset": "ground-truth", "label_type": "pointcloud-cuboid",
         "created_at": "2024-01-01T00:00:00Z", "created_by": "john",
         "updated_at": "2024-01-01T00:00:00Z"}
        """;

    Label label = STRICT.readValue(json, Label.class);

    assertThat(label.attributes())
        .isEqualTo(new PointcloudCuboidLabelAttributes(List.of(), null, null, null));
    assertThat(label.createdBy()).isEqualTo("john");
  }

  @Test
  void emptySensorAttributesReadAsNull() throws Exception {
    LabelSensor sensor =
        STRICT.readValue(
            "{\"name\": \"Lidar\", \"task_type\": \"pointcloud-cuboid-sequence\", \"attributes\": []}",
            LabelSensor.class);

    assertThat(sensor.attributes()).isNull();
    assertThat(sensor.taskType()).isEqualTo(TaskType.POINTCLOUD_CUBOID_SEQUENCE);
  }
}
