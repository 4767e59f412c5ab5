package ai.segments.client.json;

import static ai.segments.client.json.ExampleFiles.LENIENT;
import static ai.segments.client.json.ExampleFiles.STRICT;
import static ai.segments.client.json.ExampleFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.model.Category;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.ImageVectorLabelAttributes;
import ai.segments.client.model.Issue;
import ai.segments.client.model.Label;
import ai.segments.client.model.LabelAttributes;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.PcdType;
import ai.segments.client.model.PointcloudSampleAttributes;
import ai.segments.client.model.Release;
import ai.segments.client.model.Sample;
import ai.segments.client.model.SampleAttributes;
import ai.segments.client.model.TaskType;
import ai.segments.client.model.Url;
import ai.segments.client.model.VectorAnnotation;
import ai.segments.client.model.Workunit;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentsJsonTest {

  private static ObjectNode example(String file) {
    return (ObjectNode) tree(file);
  }

  @Test
  void unknownEnumValueFailsStrictAndIsUnknownWhenLenient() throws Exception {
    ObjectNode json = example("label-image-vector.json").put("label_type", "future-type");

    assertThatThrownBy(() -> STRICT.treeToValue(json, Label.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("future-type");
    Label label = LENIENT.treeToValue(json, Label.class);
    assertThat(label.labelType()).isEqualTo(TaskType.UNKNOWN);
    assertThat(label.attributes()).isInstanceOf(ImageVectorLabelAttributes.class);
  }

  @Test
  void unknownNestedEnumValuesAreUnknownWhenLenient() throws Exception {
    ObjectNode json = example("sample-pointcloud.json");
    ((ObjectNode) json.at("/attributes/pcd")).put("type", "laz");
    ((ObjectNode) json.at("/attributes/images/0")).put("camera_convention", "Unity");

    assertThatThrownBy(() -> STRICT.treeToValue(json, Sample.class))
        .isInstanceOf(InvalidFormatException.class);
    var attributes =
        (PointcloudSampleAttributes) LENIENT.treeToValue(json, Sample.class).attributes();
    assertThat(attributes.pcd().type()).isEqualTo(PcdType.UNKNOWN);
    assertThat(attributes.images().get(0).cameraConvention())
        .isEqualTo(ai.segments.client.model.CameraConvention.UNKNOWN);
  }

  @Test
  void missingRequiredFieldFailsStrictButNotLenient() throws Exception {
    ObjectNode json = example("release.json");
    json.remove("uuid");

    assertThatThrownBy(() -> STRICT.treeToValue(json, Release.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("uuid");
    Release release = LENIENT.treeToValue(json, Release.class);
    assertThat(release.uuid()).isNull();
    assertThat(release.name()).isEqualTo("v0.1");
  }

  @Test
  void nullRequiredFieldFailsStrictButNotLenient() throws Exception {
    ObjectNode json = example("sample-image.json").putNull("metadata");

    assertThatThrownBy(() -> STRICT.treeToValue(json, Sample.class))
        .isInstanceOf(InvalidNullException.class)
        .hasMessageContaining("metadata");
    assertThat(LENIENT.treeToValue(json, Sample.class).metadata()).isNull();
  }

  @Test
  void nestedRequiredFieldsAreCheckedToo() {
    ObjectNode json = example("label-image-vector.json");
    ((ObjectNode) json.at("/attributes/annotations/0")).remove("category_id");

    assertThatThrownBy(() -> STRICT.treeToValue(json, Label.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("category_id");
  }

  @Test
  void optionalFieldsMayBeMissingOrNullInStrictMode() throws Exception {
    ObjectNode json = example("workunit.json");
    json.remove("uuid");
    json.putNull("next_label_status");

    Workunit workunit = STRICT.treeToValue(json, Workunit.class);

    assertThat(workunit.uuid()).isNull();
    assertThat(workunit.nextLabelStatus()).isNull();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void samplesCountMayBeAString(boolean strict) throws Exception {
    ObjectNode json = example("dataset.json").put("samples_count", "42");

    assertThat(SegmentsJson.objectMapper(strict).treeToValue(json, Dataset.class).samplesCount())
        .isEqualTo(42L);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void customCategoriesWorkInBothModes(boolean strict) throws Exception {
    ObjectNode json = example("dataset.json").put("category", "custom-robots");

    Dataset dataset = SegmentsJson.objectMapper(strict).treeToValue(json, Dataset.class);

    assertThat(dataset.category()).isEqualTo(Category.of("custom-robots"));
    assertThat(dataset.category().isCustom()).isTrue();
  }

  @Test
  void shapeMismatchesReadAsNullWhenLenient() throws Exception {
    ObjectNode json = example("sample-image.json");
    json.put("priority", "high");
    json.putObject("created_by").put("name", "jane");
    json.put("issues", "none");

    assertThatThrownBy(() -> STRICT.treeToValue(json, Sample.class))
        .isInstanceOf(MismatchedInputException.class);
    Sample sample = LENIENT.treeToValue(json, Sample.class);
    assertThat(sample.priority()).isNull();
    assertThat(sample.createdBy()).isNull();
    assertThat(sample.issues()).hasSize(1).containsOnlyNulls();
    assertThat(sample.name()).isEqualTo("violet.jpg");
  }

  @Test
  void singleValueIsAcceptedAsListWhenLenient() throws Exception {
    ObjectNode json = example("label-image-vector.json");
    ObjectNode attributes = (ObjectNode) json.get("attributes");
    attributes.set("annotations", attributes.get("annotations").get(0));

    assertThatThrownBy(() -> STRICT.treeToValue(json, Label.class))
        .isInstanceOf(MismatchedInputException.class);
    var lenient = (ImageVectorLabelAttributes) LENIENT.treeToValue(json, Label.class).attributes();
    assertThat(lenient.annotations()).extracting(VectorAnnotation::id).containsExactly(1);
  }

  @Test
  void unknownAnchorTypeFailsStrictAndIsNullWhenLenient() throws Exception {
    JsonNode json = example("issue.json").set("anchor", STRICT.readTree("{\"type\": \"polygon\"}"));

    assertThatThrownBy(() -> STRICT.treeToValue(json, Issue.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(LENIENT.treeToValue(json, Issue.class).anchor()).isNull();
  }

  @Test
  void undecidableAttributesFailStrictAndAreNullWhenLenient() throws Exception {
    JsonNode json = STRICT.readTree("{\"video\": {\"url\": \"x\"}}");

    assertThatThrownBy(() -> STRICT.treeToValue(json, SampleAttributes.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("SampleAttributes")
        .hasMessageContaining("video");
    assertThat(LENIENT.treeToValue(json, SampleAttributes.class)).isNull();
    assertThat(LENIENT.treeToValue(json, LabelAttributes.class)).isNull();
  }

  @Test
  void unknownPropertiesAreIgnoredInBothModes() throws Exception {
    ObjectNode json = example("labelset.json").put("brand_new_key", 1);

    assertThat(STRICT.treeToValue(json, ai.segments.client.model.Labelset.class).name())
        .isEqualTo("predictions");
    assertThat(LENIENT.treeToValue(json, ai.segments.client.model.Labelset.class).name())
        .isEqualTo("predictions");
  }

  @Test
  void writesIsoTimestampsAndLeavesOutNullComponentsButKeepsNullMapValues() throws Exception {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("a", null);
    ObjectMapper mapper = SegmentsJson.objectMapper(true);
    Sample sample =
        new Sample(
            "u",
            "n",
            null,
            metadata,
            Instant.parse("2020-04-10T20:09:31Z"),
            "jane",
            null,
            null,
            null,
            0.0,
            null,
            null,
            null);

    assertThat(mapper.writeValueAsString(sample))
        .isEqualTo(
            "{\"uuid\":\"u\",\"name\":\"n\",\"metadata\":{\"a\":null},"
                + "\"created_at\":\"2020-04-10T20:09:31Z\",\"created_by\":\"jane\",\"readme\":\"\","
                + "\"priority\":0.0}");
    assertThat(mapper.writeValueAsString(new Url("x", null))).isEqualTo("{\"url\":\"x\"}");
  }

  @Test
  void labelStatusOfSummaryIsRequiredOnlyInStrictMode() throws Exception {
    ObjectNode json = example("sample-with-label-summary.json");
    ((ObjectNode) json.get("label")).remove("label_status");

    assertThatThrownBy(() -> STRICT.treeToValue(json, Sample.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(LENIENT.treeToValue(json, Sample.class).label().labelStatus()).isNull();
    assertThat(LabelStatus.fromValue("LABELED")).isEqualTo(LabelStatus.LABELED);
  }

  @Test
  void missingAnchorTypeFailsStrictAndIsNullWhenLenient() throws Exception {
    JsonNode json = example("issue.json").set("anchor", STRICT.readTree("{\"frame\": 3}"));

    assertThatThrownBy(() -> STRICT.treeToValue(json, Issue.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("type");
    Issue issue = LENIENT.treeToValue(json, Issue.class);
    assertThat(issue.anchor()).isNull();
    assertThat(issue.uuid()).isEqualTo("8d3e5f70-1a2b-4c3d-9e8f-0a1b2c3d4e5f");
  }

  @Test
  void bothModesParseDoublesWithTheFastParserAndReadThemExactly() throws Exception {
    for (ObjectMapper mapper : new ObjectMapper[] {STRICT, LENIENT}) {
      assertThat(mapper.getFactory().isEnabled(StreamReadFeature.USE_FAST_DOUBLE_PARSER)).isTrue();
      for (String number :
          new String[] {"0.1", "2.2250738585072014E-308", "1.7976931348623157e308"}) {
        assertThat(mapper.readValue(number, Double.class)).isEqualTo(Double.parseDouble(number));
      }
    }
  }
}
