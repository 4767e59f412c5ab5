package ai.segments.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.json.ExampleFiles;
import org.junit.jupiter.api.Test;

class ApiEnumTest {

  @Test
  void fromValueUsesWireValues() {
    assertThat(TaskType.fromValue("bboxes")).isEqualTo(TaskType.BBOXES);
    assertThat(TaskType.fromValue("")).isEqualTo(TaskType.EMPTY);
    assertThat(PcdType.fromValue("binary-xyzir")).isEqualTo(PcdType.BINARY_XYZIR);
    assertThat(CameraConvention.fromValue("OpenCV")).isEqualTo(CameraConvention.OPEN_CV);
    assertThat(SampleSortKey.fromValue("gt_label__updated_at"))
        .isEqualTo(SampleSortKey.GT_LABEL_UPDATED_AT);
    assertThat(WorkunitSortKey.CREATED_AT.value()).isEqualTo("created_at");
    assertThat(LabelStatus.fromValue("REVIEWING_IN_PROGRESS"))
        .isEqualTo(LabelStatus.REVIEWING_IN_PROGRESS);
  }

  @Test
  void fromValueRejectsUnknownValues() {
    assertThatThrownBy(() -> Role.fromValue("owner"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Role")
        .hasMessageContaining("owner");
    assertThatThrownBy(() -> Role.fromValue(ApiEnum.UNKNOWN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ApiEnum.find(Role.class, null)).isEmpty();
  }

  @Test
  void sortDirectionPrefix() {
    assertThat(SortDirection.ASC.prefix()).isEmpty();
    assertThat(SortDirection.DESC.prefix()).isEqualTo("-");
    assertThat(SortDirection.DESC.value()).isEqualTo("desc");
  }

  @Test
  void enumsSerializeAsWireValues() throws Exception {
    assertThat(ExampleFiles.STRICT.writeValueAsString(DistortionModel.BROWN_CONRADY))
        .isEqualTo("\"brown-conrady\"");
    assertThat(ExampleFiles.STRICT.readValue("\"cuboid-sync\"", AnnotationType.class))
        .isEqualTo(AnnotationType.CUBOID_SYNC);
  }

  @Test
  void categories() throws Exception {
    Category robots = ExampleFiles.STRICT.readValue("\"custom-robots\"", Category.class);

    assertThat(robots.isCustom()).isTrue();
    assertThat(robots.isKnown()).isFalse();
    assertThat(Category.FRUIT.isKnown()).isTrue();
    assertThat(Category.of("other")).isEqualTo(Category.OTHER);
    assertThat(ExampleFiles.STRICT.writeValueAsString(robots)).isEqualTo("\"custom-robots\"");
  }

  @Test
  void attributeVariantsFollowTheTaskTypeTable() {
    assertThat(AttributeVariants.sampleAttributesFor(TaskType.KEYPOINTS))
        .contains(ImageSampleAttributes.class);
    assertThat(AttributeVariants.sampleAttributesFor(TaskType.MULTISENSOR_SEQUENCE))
        .contains(MultiSensorSampleAttributes.class);
    assertThat(AttributeVariants.labelAttributesFor(TaskType.SEGMENTATION_BITMAP_HIGHRES))
        .contains(ImageSegmentationLabelAttributes.class);
    assertThat(AttributeVariants.labelAttributesFor(TaskType.UNKNOWN)).isEmpty();
    assertThat(AttributeVariants.sampleAttributesFor(null)).isEmpty();
  }
}
