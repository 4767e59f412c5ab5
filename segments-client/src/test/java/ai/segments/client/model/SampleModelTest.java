package ai.segments.client.model;

import static ai.segments.client.json.ExampleFiles.STRICT;
import static ai.segments.client.json.ExampleFiles.strict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleModelTest {

  @ParameterizedTest
  @CsvSource({
    "sample-image.json, ImageSampleAttributes",
    "sample-image-sequence.json, ImageSequenceSampleAttributes",
    "sample-pointcloud.json, PointcloudSampleAttributes",
    "sample-pointcloud-sequence.json, PointcloudSequenceSampleAttributes",
    "sample-multisensor.json, MultiSensorSampleAttributes",
    "sample-with-label-summary.json, ImageSampleAttributes",
    "sample-with-full-label.json, ImageSampleAttributes"
  })
  void everySampleExampleResolvesToItsVariant(String file, String variant) {
    Sample sample = strict(file, Sample.class);

    assertThat(sample.attributes().getClass().getSimpleName()).isEqualTo(variant);
    assertThat(sample.uuid()).isNotBlank();
    assertThat(sample.metadata()).isNotNull();
  }

  @Test
  void imageSample() {
    Sample sample = strict("sample-image.json", Sample.class);

    assertThat(sample.name()).isEqualTo("violet.jpg");
    Url image = ((ImageSampleAttributes) sample.attributes()).image();
    assertThat(image.url()).endsWith("/flowers/violet.jpg");
    assertThat(image.signedUrl()).contains("X-Amz-Signature=");
    assertThat(sample.metadata()).containsEntry("robot_id", 3).containsEntry("city", "London");
    assertThat(sample.createdAt()).isEqualTo(Instant.parse("2024-03-18T10:21:07.123456Z"));
    assertThat(sample.assignedLabeler()).isEqualTo("john");
    assertThat(sample.assignedReviewer()).isNull();
    assertThat(sample.priority()).isEqualTo(10.0);
    assertThat(sample.label()).isNull();
    assertThat(sample.issues()).isNull();
    assertThat(sample.datasetFullName()).isEqualTo("jane/flowers");
  }

  @Test
  void imageSequenceSample() {
    var attributes =
        (ImageSequenceSampleAttributes)
            strict("sample-image-sequence.json", Sample.class).attributes();

    assertThat(attributes.frames())
        .extracting(ImageFrame::name)
        .containsExactly("frame_00001", "frame_00002", "frame_00003");
    assertThat(attributes.frames().get(1).timestamp()).isEqualTo(1710757267100000000L);
  }

  @Test
  void pointcloudSampleWithCalibratedImages() {
    Sample sample = strict("sample-pointcloud.json", Sample.class);
    var attributes = (PointcloudSampleAttributes) sample.attributes();

    assertThat(attributes.pcd())
        .isEqualTo(
            new Pcd("https://example.com/scenes/0001/lidar/frame_00001.pcd", null, PcdType.PCD));
    assertThat(attributes.defaultZ()).isEqualTo(-1.6);
    assertThat(attributes.timestamp()).isEqualTo("1710757267000000000");
    assertThat(attributes.bounds()).isEqualTo(new Bounds(null, null, null, null, -3.0, 5.0));
    assertThat(attributes.egoPose().heading().qw()).isEqualTo(0.9997181192298087);
    assertThat(attributes.images()).hasSize(3);
    CalibratedImage front = attributes.images().get(0);
    assertThat(front.cameraConvention()).isEqualTo(CameraConvention.OPEN_CV);
    assertThat(front.intrinsics().intrinsicMatrix().get(0))
        .containsExactly(1266.417203046554, 0.0, 816.2670197447984);
    assertThat(front.extrinsics().translation().z()).isEqualTo(-0.3109103442096661);
    assertThat(front.distortion().model()).isEqualTo(DistortionModel.FISHEYE);
    assertThat(((FisheyeDistortion) front.distortion()).coefficients().k4()).isEqualTo(0.00120938);
    CalibratedImage rear = attributes.images().get(1);
    assertThat(rear.distortion().model()).isEqualTo(DistortionModel.BROWN_CONRADY);
    assertThat(((BrownConradyDistortion) rear.distortion()).coefficients().p2())
        .isEqualTo(-0.0019540316);
    assertThat(rear.cameraConvention()).isEqualTo(CameraConvention.OPEN_GL);
    assertThat(rear.rotation()).isEqualTo(1.5708);
    CalibratedImage overview = attributes.images().get(2);
    assertThat(overview.row()).isEqualTo(1);
    assertThat(overview.cameraConvention())
        .as("the SDK's default")
        .isEqualTo(CameraConvention.OPEN_GL);
  }

  @Test
  void pointcloudSequenceSample() {
    Sample sample = strict("sample-pointcloud-sequence.json", Sample.class);
    var attributes = (PointcloudSequenceSampleAttributes) sample.attributes();

    assertThat(sample.priority()).isEqualTo(5.5);
    assertThat(attributes.frames()).hasSize(2);
    assertThat(attributes.frames().get(0).pcd().type()).isEqualTo(PcdType.KITTI);
    assertThat(attributes.frames().get(1).egoPose().position()).isEqualTo(new Xyz(1.02, 0.03, 0.0));
    assertThat(attributes.frames().get(1).images()).isEmpty();
  }

  @Test
  void multiSensorSample() {
    var attributes =
        (MultiSensorSampleAttributes) strict("sample-multisensor.json", Sample.class).attributes();

    assertThat(attributes.sensors())
        .extracting(SampleSensor::taskType)
        .containsExactly(TaskType.POINTCLOUD_CUBOID_SEQUENCE, TaskType.IMAGE_VECTOR_SEQUENCE);
    var lidar = (PointcloudSequenceSampleAttributes) attributes.sensors().get(0).attributes();
    assertThat(lidar.frames().get(1).pcd().url()).endsWith("000001.pcd");
    var camera = (ImageSequenceSampleAttributes) attributes.sensors().get(1).attributes();
    assertThat(camera.frames()).extracting(ImageFrame::name).containsExactly("000000", "000001");
  }

  @Test
  void sampleWithLabelSummary() {
    Sample sample = strict("sample-with-label-summary.json", Sample.class);

    assertThat(sample.label()).isInstanceOf(LabelSummary.class);
    assertThat(sample.label().labelStatus()).isEqualTo(LabelStatus.REVIEWED);
    assertThat(((LabelSummary) sample.label()).createdBy()).isEqualTo("john");
  }

  @Test
  void sampleWithFullLabelAndIssues() {
    Sample sample = strict("sample-with-full-label.json", Sample.class);

    Label label = (Label) sample.label();
    assertThat(label.labelType()).isEqualTo(TaskType.VECTOR);
    assertThat(label.attributes()).isInstanceOf(ImageVectorLabelAttributes.class);
    assertThat(((ImageVectorLabelAttributes) label.attributes()).annotations()).hasSize(4);
    assertThat(sample.issues())
        .extracting(Issue::anchor)
        .containsExactly(new LocationAnchor(new Location2d(341.5, 120.0), null, null), null);
  }

  @Test
  void emptyFramesReadAsPointcloudSequence() throws Exception {
    SampleAttributes attributes = STRICT.readValue("{\"frames\": []}", SampleAttributes.class);

    assertThat(attributes).isEqualTo(new PointcloudSequenceSampleAttributes(List.of()));
  }
}
