package ai.segments.client.model;

import static ai.segments.client.json.ExampleFiles.LENIENT;
import static ai.segments.client.json.ExampleFiles.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models accept and reject what the SDK's pydantic models ({@code segments/typing.py} of SDK
 * 1.30) accept and reject, in strict mode; lenient mode still reads what strict mode rejects.
 */
class SdkStrictnessTest {

  static Stream<Arguments> attributeKinds() {
    return Stream.of(
        Arguments.of(
            "{'name': 'a', 'input_type': 'select', 'values': ['x'], 'default_value': 'x'}",
            SelectTaskAttribute.class),
        Arguments.of(
            "{'name': 'a', 'input_type': 'multiselect', 'values': ['x', 'y']}",
            MultiselectTaskAttribute.class),
        Arguments.of(
            "{'name': 'a', 'input_type': 'text', 'default_value': ''}", TextTaskAttribute.class),
        Arguments.of(
            "{'name': 'a', 'input_type': 'number', 'min': '', 'max': '9', 'step': 0.5}",
            NumberTaskAttribute.class),
        Arguments.of(
            "{'name': 'a', 'input_type': 'checkbox', 'default_value': true,"
                + " 'is_track_level': true, 'synced_across_sensors': false,"
                + " 'sensor_filter': 'Lidar'}",
            CheckboxTaskAttribute.class),
        Arguments.of("{'name': 'a', 'input_type': 'vector3'}", Vector3TaskAttribute.class),
        Arguments.of("{'name': 'a', 'input_type': 'quaternion'}", QuaternionTaskAttribute.class),
        Arguments.of("{'name': 'a', 'input_type': 'points'}", PointsTaskAttribute.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("attributeKinds")
  void eachAttributeKindIsItsOwnRecordAndWritesItsInputType(String json, Class<?> kind)
      throws Exception {
    TaskAttribute attribute = STRICT.readValue(quoted(json), TaskAttribute.class);

    assertThat(attribute).isInstanceOf(kind);
    JsonNode written = STRICT.valueToTree(attribute);
    assertThat(written.get("input_type").asText()).isEqualTo(attribute.inputType().value());
    assertThat(STRICT.treeToValue(written, TaskAttribute.class)).isEqualTo(attribute);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{'name': 'a', 'input_type': 'select'}",
        "{'name': 'a', 'input_type': 'multiselect'}",
        "{'name': 'a', 'input_type': 'slider'}",
        "{'name': 'a'}",
        "{'input_type': 'text'}",
        "{'name': 'a', 'input_type': 'number', 'min': 'low'}"
      })
  void strictRejectsWhatPydanticRejectsAndLenientStillReads(String json) throws Exception {
    assertThatThrownBy(() -> STRICT.readValue(quoted(json), TaskAttribute.class))
        .isInstanceOf(JsonProcessingException.class);
    LENIENT.readValue(quoted(json), TaskAttribute.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{'name': 'l', 'input_type': 'select', 'values': ['x']}",
        "{'name': 'l', 'input_type': 'multiselect', 'values': ['x']}",
        "{'name': 'l', 'input_type': 'text'}",
        "{'name': 'l', 'input_type': 'number', 'is_track_level': true}",
        "{'name': 'l', 'input_type': 'checkbox'}"
      })
  void linkAttributesAreTrackLevelByDefault(String json) throws Exception {
    TaskLinkAttribute link = STRICT.readValue(quoted(json), TaskLinkAttribute.class);

    assertThat(link.isTrackLevel()).isTrue();
    assertThat(STRICT.<JsonNode>valueToTree(link).get("is_track_level").asBoolean()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{'name': 'l', 'input_type': 'checkbox', 'is_track_level': false}",
        "{'name': 'l', 'input_type': 'vector3'}",
        "{'name': 'l', 'input_type': 'select'}"
      })
  void linkAttributesRejectWhatTheSdkRejects(String json) {
    assertThatThrownBy(() -> STRICT.readValue(quoted(json), TaskLinkAttribute.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{'model': 'fisheye', 'coefficients': {'k1': 0.1, 'k2': 0.2, 'k3': 0.3, 'k4': 0.4}}",
        "{'model': 'brown-conrady', 'coefficients': {'k1': 0.1, 'k2': 0.2, 'p1': 0.3,"
            + " 'p2': 0.4, 'k3': 0.5}}",
        "{'model': 'brown-conrady', 'coefficients': {'k1': 0.1, 'k2': 0.2, 'p1': 0.3,"
            + " 'p2': 0.4, 'k3': 0.5, 'k4': 0.6, 'k5': 0.7, 'k6': 0.8}}"
      })
  void distortionModelsAcceptTheirCoefficients(String json) throws Exception {
    Distortion distortion = STRICT.readValue(quoted(json), Distortion.class);

    assertThat(STRICT.<JsonNode>valueToTree(distortion)).isEqualTo(STRICT.readTree(quoted(json)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{'model': 'fisheye', 'coefficients': {'k1': 1, 'k2': 2, 'k3': 3}}",
        "{'model': 'fisheye', 'coefficients': {'k1': 1, 'k2': 2, 'p1': 3, 'p2': 4, 'k3': 5}}",
        "{'model': 'brown-conrady', 'coefficients': {'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4}}",
        "{'model': 'brown-conrady'}",
        "{'model': 'pinhole', 'coefficients': {}}",
        "{'coefficients': {'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4}}"
      })
  void distortionModelsRejectMissingCoefficientsAndUnknownModels(String json) throws Exception {
    assertThatThrownBy(() -> STRICT.readValue(quoted(json), Distortion.class))
        .isInstanceOf(JsonProcessingException.class);
    LENIENT.readValue(quoted(json), Distortion.class);
  }

  static Stream<Arguments> sequenceLabels() {
    return Stream.of(
        Arguments.of(
            ImageSequenceVectorLabelAttributes.class,
            "{'frames': [{'annotations': [{'id': 1, 'category_id': 1, 'type': 'bbox',"
                + " 'points': [[1, 2], [3, 4]] TRACK}]}]}"),
        Arguments.of(
            ImageSequenceSegmentationLabelAttributes.class,
            "{'frames': [{'annotations': [{'id': 1, 'category_id': 1 TRACK}]}]}"),
        Arguments.of(
            PointcloudSequenceSegmentationLabelAttributes.class,
            "{'frames': [{'annotations': [{'id': 1, 'category_id': 1 TRACK}],"
                + " 'point_annotations': [0, 1]}]}"),
        Arguments.of(
            PointcloudSequenceCuboidLabelAttributes.class,
            "{'frames': [{'annotations': [{'id': 1, 'category_id': 1, 'type': 'cuboid',"
                + " 'position': {'x': 0, 'y': 0, 'z': 0}, 'dimensions': {'x': 1, 'y': 1, 'z': 1},"
                + " 'yaw': 0 TRACK}]}]}"),
        Arguments.of(
            PointcloudSequenceVectorLabelAttributes.class,
            "{'frames': [{'annotations': [{'id': 1, 'category_id': 1, 'type': 'polyline',"
                + " 'points': [[1, 2, 3], [4, 5, 6]] TRACK}]}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequenceLabels")
  void sequenceAnnotationsNeedATrackAndAreNoKeyframeByDefault(Class<?> type, String template)
      throws Exception {
    String withTrack = quoted(template.replace(" TRACK", ", 'track_id': 7"));
    String withoutTrack = quoted(template.replace(" TRACK", ""));

    JsonNode written = STRICT.valueToTree(STRICT.readValue(withTrack, type));
    JsonNode annotation = written.at("/frames/0/annotations/0");
    assertThat(annotation.get("track_id").asInt()).isEqualTo(7);
    assertThat(annotation.get("is_keyframe").asBoolean()).isFalse();
    assertThatThrownBy(() -> STRICT.readValue(withoutTrack, type))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("track_id");
    assertThat(LENIENT.readValue(withoutTrack, type)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{'annotations': [{'id': 1, 'category_id': 1, 'type': 'bbox', 'points': [[1, 2], [3, 4]]}]}"
      })
  void singleFrameAnnotationsNeedNoTrack(String json) throws Exception {
    assertThat(STRICT.readValue(quoted(json), ImageVectorLabelAttributes.class).annotations())
        .singleElement()
        .satisfies(annotation -> assertThat(annotation.trackId()).isNull());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[{'name': 'intersecting-cuboids', 'excluded_categories': [1]},"
            + " {'name': 'cuboid-dimension-limits', 'categories': [2], 'min': {'x': 1.5}}]"
      })
  void warningRulesAreTheSdksTwoKinds(String json) throws Exception {
    List<WarningRule> rules = STRICT.readerForListOf(WarningRule.class).readValue(quoted(json));

    assertThat(rules)
        .containsExactly(
            new IntersectingCuboidsRule(List.of(1), null),
            new CuboidDimensionLimitsRule(List.of(2), new PartialXyz(1.5, null, null), null));
    assertThat(STRICT.<JsonNode>valueToTree(rules)).isEqualTo(STRICT.readTree(quoted(json)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{'name': 'overlapping-polygons'}", "{'excluded_categories': [1]}"})
  void otherWarningRuleNamesAreRejectedStrictlyAndSkippedLeniently(String json) throws Exception {
    assertThatThrownBy(() -> STRICT.readValue(quoted(json), WarningRule.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThat(LENIENT.readValue(quoted(json), WarningRule.class)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{'url': 'u'}"})
  void calibratedImagesUseTheOpenGlConventionByDefault(String json) throws Exception {
    assertThat(STRICT.readValue(quoted(json), CalibratedImage.class).cameraConvention())
        .isEqualTo(CameraConvention.OPEN_GL);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{'uuid': 'u', 'name': 'n', 'metadata': {}, 'created_at': '2024-03-18T10:21:07',"
            + " 'created_by': 'jane', 'priority': 0}"
      })
  void samplesHaveAnEmptyReadmeByDefaultAndMayHaveATimestampWithoutAZone(String json)
      throws Exception {
    Sample sample = STRICT.readValue(quoted(json), Sample.class);

    assertThat(sample.readme()).isEmpty();
    assertThat(sample.createdAt()).hasToString("2024-03-18T10:21:07Z");
  }

  /** JSON written with single quotes, for readability. */
  private static String quoted(String json) {
    return json.replace('\'', '"');
  }
}
