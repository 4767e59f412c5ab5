package ai.segments.client.ego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.segments.client.exception.ValidationException;
import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.CuboidAnnotation;
import ai.segments.client.model.Label;
import ai.segments.client.model.MultiSensorLabelAttributes;
import ai.segments.client.model.PointcloudCuboidLabelAttributes;
import ai.segments.client.model.PointcloudSequenceCuboidFrame;
import ai.segments.client.model.PointcloudSequenceCuboidLabelAttributes;
import ai.segments.client.model.PointcloudVectorLabelAttributes;
import ai.segments.client.model.Sample;
import ai.segments.client.model.VectorAnnotation;
import ai.segments.client.model.Xyz;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The SDK's own {@code tests/test_ego_transform.py} (1.30), case by case, with its inputs and its
 * expected values.
 */
class EgoTransformTest {

  static final ObjectMapper JSON = SegmentsJson.objectMapper(true);
  static final String UUID = "602a3eec-a61c-4a77-9fcc-3037ce5e9606";
  static final String IDENTITY = "{\"qx\": 0, \"qy\": 0, \"qz\": 0, \"qw\": 1}";
  static final double S = Math.sin(Math.PI / 4);
  static final String YAW_90 =
      "{\"qx\": 0, \"qy\": 0, \"qz\": " + S + ", \"qw\": " + Math.cos(Math.PI / 4) + "}";
  static final Offset<Double> APPROX = within(1e-6);

  @Test
  void translationOnly() {
    Sample sample = sample(pointcloud(egoPose(1, 2, 3, IDENTITY)));
    Label label =
        label("pointcloud-cuboid", "{\"annotations\": [" + cuboid(2, 2, 3, 0.0, null) + "]}");

    Label transformed = EgoTransform.toEgoCoordinates(sample, label);

    assertXyz(cuboids(transformed).get(0).position(), 1, 0, 0);
    // the original label is untouched
    assertXyz(cuboids(label).get(0).position(), 2, 2, 3);
  }

  @Test
  void rotationAndYaw() {
    Sample sample = sample(pointcloud(egoPose(0, 0, 0, YAW_90)));
    Label label =
        label("pointcloud-cuboid", "{\"annotations\": [" + cuboid(1, 0, 0, 0.0, IDENTITY) + "]}");

    CuboidAnnotation annotation = cuboids(EgoTransform.toEgoCoordinates(sample, label)).get(0);

    assertXyz(annotation.position(), 0, -1, 0);
    assertThat(annotation.yaw()).isCloseTo(-Math.PI / 2, APPROX);
    assertThat(annotation.rotation().qx()).isCloseTo(0, APPROX);
    assertThat(annotation.rotation().qy()).isCloseTo(0, APPROX);
    assertThat(annotation.rotation().qz()).isCloseTo(-S, APPROX);
    assertThat(annotation.rotation().qw()).isCloseTo(Math.cos(Math.PI / 4), APPROX);
  }

  @Test
  void vectorPoints() {
    Sample sample = sample(pointcloud(egoPose(1, 0, 0, YAW_90)));
    Label label =
        label(
            "pointcloud-vector",
            "{\"annotations\": [{\"id\": 1, \"category_id\": 1,"
                + " \"points\": [[1, 0, 0], [2, 0, 0]], \"type\": \"polyline\"}]}");

    Label transformed = EgoTransform.toEgoCoordinates(sample, label);

    List<List<Double>> points =
        ((VectorAnnotation)
                ((PointcloudVectorLabelAttributes) transformed.attributes()).annotations().get(0))
            .points();
    assertPoint(points.get(0), 0, 0, 0);
    assertPoint(points.get(1), 0, -1, 0);
  }

  @Test
  void sequenceWithMissingEgoPose() {
    Sample sample =
        sample(
            "{\"frames\": ["
                + pointcloud(egoPose(1, 0, 0, IDENTITY))
                + ", "
                + pointcloud(null)
                + "]}");
    Label label =
        label(
            "pointcloud-cuboid-sequence",
            "{\"frames\": ["
                + "{\"annotations\": ["
                + trackCuboid(2)
                + "]}, {\"annotations\": ["
                + trackCuboid(3)
                + "]}]}");

    Label transformed = EgoTransform.toEgoCoordinates(sample, label);

    List<PointcloudSequenceCuboidFrame> frames =
        ((PointcloudSequenceCuboidLabelAttributes) transformed.attributes()).frames();
    assertXyz(frames.get(0).annotations().get(0).position(), 1, 0, 0);
    // frame without an ego pose is left in world coordinates
    assertXyz(frames.get(1).annotations().get(0).position(), 3, 0, 0);
  }

  @Test
  void uuidMismatchRaises() {
    Sample sample = sample(pointcloud(null));
    String other = "{\"sample_uuid\": \"other-uuid\"";
    Label label =
        read(
            labelJson(
                    "pointcloud-cuboid", "{\"annotations\": [" + cuboid(0, 0, 0, 0.0, null) + "]}")
                .replace("{\"sample_uuid\": \"" + UUID + "\"", other),
            Label.class);

    assertThatThrownBy(() -> EgoTransform.toEgoCoordinates(sample, label))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void multisensor() {
    Sample sample =
        sample(
            "{\"sensors\": [{\"name\": \"lidar\", \"task_type\": \"pointcloud-cuboid-sequence\","
                + " \"attributes\": {\"frames\": ["
                + pointcloud(egoPose(1, 0, 0, IDENTITY))
                + "]}}]}");
    Label label =
        label(
            "multisensor-sequence",
            "{\"sensors\": [{\"name\": \"lidar\","
                + " \"task_type\": \"pointcloud-cuboid-sequence\", \"attributes\": {\"frames\": [{\"annotations\": ["
                + trackCuboid(3)
                + "]}]}}]}");

    Label transformed = EgoTransform.toEgoCoordinates(sample, label);

    PointcloudSequenceCuboidLabelAttributes lidar =
        (PointcloudSequenceCuboidLabelAttributes)
            ((MultiSensorLabelAttributes) transformed.attributes()).sensors().get(0).attributes();
    assertXyz(lidar.frames().get(0).annotations().get(0).position(), 2, 0, 0);
  }

  @Test
  void nonPointcloudSampleRaises() {
    Sample sample = sample("{\"image\": {\"url\": \"https://example.com/a.jpg\"}}");
    Label label =
        label("pointcloud-cuboid", "{\"annotations\": [" + cuboid(0, 0, 0, 0.0, null) + "]}");

    assertThatThrownBy(() -> EgoTransform.toEgoCoordinates(sample, label))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("point cloud");
  }

  static Sample sample(String attributes) {
    return read(
        "{\"uuid\": \""
            + UUID
            + "\", \"name\": \"sample\", \"attributes\": "
            + attributes
            + ", \"metadata\": {}, \"created_at\": \"2024-01-01T00:00:00Z\", \"created_by\": \"tester\", \"priority\": 0}",
        Sample.class);
  }

  static Label label(String type, String attributes) {
    return read(labelJson(type, attributes), Label.class);
  }

  static String labelJson(String type, String attributes) {
    return "{\"sample_uuid\": \""
        + UUID
        + "\", \"label_type\": \""
        + type
        + "\", \"label_status\": \"LABELED\","
        + " \"labelset\": \"ground-truth\", \"attributes\": "
        + attributes
        + ", \"created_at\": \"2024-01-01T00:00:00Z\","
        + " \"created_by\": \"tester\", \"updated_at\": \"2024-01-01T00:00:00Z\"}";
  }

  static String pointcloud(String egoPose) {
    return "{\"pcd\": {\"url\": \"https://example.com/a.pcd\", \"type\": \"pcd\"}"
        + ((egoPose != null) ? ", \"ego_pose\": " + egoPose : "")
        + "}";
  }

  static String egoPose(double x, double y, double z, String heading) {
    return "{\"position\": {\"x\": "
        + x
        + ", \"y\": "
        + y
        + ", \"z\": "
        + z
        + "}, \"heading\": "
        + heading
        + "}";
  }

  static String cuboid(double x, double y, double z, double yaw, String rotation) {
    return "{\"id\": 1, \"category_id\": 1, \"type\": \"cuboid\", \"position\": {\"x\": "
        + x
        + ", \"y\": "
        + y
        + ", \"z\": "
        + z
        + "}, \"dimensions\": {\"x\": 1, \"y\": 1, \"z\": 1}, \"yaw\": "
        + yaw
        + ((rotation != null) ? ", \"rotation\": " + rotation : "")
        + "}";
  }

  static String trackCuboid(double x) {
    return cuboid(x, 0, 0, 0.0, null).replace("\"id\": 1,", "\"id\": 1, \"track_id\": 1,");
  }

  static List<CuboidAnnotation> cuboids(Label label) {
    return ((PointcloudCuboidLabelAttributes) label.attributes()).annotations();
  }

  static void assertXyz(Xyz position, double x, double y, double z) {
    assertThat(position.x()).isCloseTo(x, APPROX);
    assertThat(position.y()).isCloseTo(y, APPROX);
    assertThat(position.z()).isCloseTo(z, APPROX);
  }

  static void assertPoint(List<Double> point, double x, double y, double z) {
    assertThat(point.get(0)).isCloseTo(x, APPROX);
    assertThat(point.get(1)).isCloseTo(y, APPROX);
    assertThat(point.get(2)).isCloseTo(z, APPROX);
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
