package ai.segments.client.json;

import static ai.segments.client.json.ExampleFiles.STRICT;
import static ai.segments.client.json.ExampleFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Asset;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Issue;
import ai.segments.client.model.Label;
import ai.segments.client.model.Release;
import ai.segments.client.model.Sample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Serializing a parsed model gives back the original JSON, where the model covers every key.
 * Compared modulo explicit nulls (left out on write), number representation (5 vs 5.0) and
 * timestamp precision (…05.120000Z vs …05.120Z).
 */
class RoundTripTest {

  @ParameterizedTest
  @CsvSource({
    "sample-image.json, ai.segments.client.model.Sample",
    "sample-image-sequence.json, ai.segments.client.model.Sample",
    "sample-pointcloud-sequence.json, ai.segments.client.model.Sample",
    "sample-multisensor.json, ai.segments.client.model.Sample",
    "sample-with-label-summary.json, ai.segments.client.model.Sample",
    "sample-with-full-label.json, ai.segments.client.model.Sample",
    "label-image-vector.json, ai.segments.client.model.Label",
    "label-image-segmentation.json, ai.segments.client.model.Label",
    "label-image-vector-sequence.json, ai.segments.client.model.Label",
    "label-image-segmentation-sequence.json, ai.segments.client.model.Label",
    "label-pointcloud-cuboid.json, ai.segments.client.model.Label",
    "label-pointcloud-cuboid-sequence.json, ai.segments.client.model.Label",
    "label-pointcloud-vector.json, ai.segments.client.model.Label",
    "label-pointcloud-vector-sequence.json, ai.segments.client.model.Label",
    "label-pointcloud-segmentation.json, ai.segments.client.model.Label",
    "label-pointcloud-segmentation-sequence.json, ai.segments.client.model.Label",
    "label-multisensor.json, ai.segments.client.model.Label",
    "label-summary.json, ai.segments.client.model.LabelSummary",
    "issue.json, ai.segments.client.model.Issue",
    "release.json, ai.segments.client.model.Release",
    "release-pending.json, ai.segments.client.model.Release",
    "file-upload.json, ai.segments.client.model.Asset",
    "workunit.json, ai.segments.client.model.Workunit",
    "user.json, ai.segments.client.model.User",
    "user-organization.json, ai.segments.client.model.User",
    "collaborator.json, ai.segments.client.model.Collaborator",
    "labelset.json, ai.segments.client.model.Labelset",
    "delete-samples-response.json, ai.segments.client.model.DeleteSamplesResponse"
  })
  void serializedModelEqualsOriginal(String file, Class<?> type) throws Exception {
    JsonNode original = tree(file);
    Object model = STRICT.treeToValue(original, type);

    JsonNode written = STRICT.valueToTree(model);

    assertSameJson(written, withoutNulls(original));
  }

  @Test
  void absentDefaultsAreWrittenWithTheSdksValues() throws Exception {
    JsonNode original = tree("sample-pointcloud.json");
    Sample model = STRICT.treeToValue(original, Sample.class);

    ObjectNode expected = (ObjectNode) withoutNulls(original);
    ((ObjectNode) expected.at("/attributes/images/2")).put("camera_convention", "OpenGL");
    assertSameJson(STRICT.valueToTree(model), expected);
  }

  @Test
  void listsRoundTrip() throws Exception {
    JsonNode original = tree("issues-list.json");
    List<Issue> issues = STRICT.readerForListOf(Issue.class).readValue(original);

    assertSameJson(STRICT.valueToTree(issues), withoutNulls(original));
  }

  @Test
  void datasetsRoundTripWithNumericStringsNormalized() throws Exception {
    JsonNode flowers = tree("dataset.json");
    JsonNode lidar = tree("dataset-pointcloud-cuboid-sequence.json");
    Dataset flowersModel = STRICT.treeToValue(flowers, Dataset.class);
    Dataset lidarModel = STRICT.treeToValue(lidar, Dataset.class);

    ObjectNode petals = (ObjectNode) flowers.at("/task_attributes/categories/0/attributes/3");
    petals.put("min", 1).put("max", 200).put("step", 1);
    // The SDK's default: link attributes are track-level.
    ((ObjectNode) flowers.at("/task_attributes/categories/0/link_attributes/0"))
        .put("is_track_level", true);
    ObjectNode speed = (ObjectNode) lidar.at("/task_attributes/categories/0/attributes/5");
    speed.remove(List.of("min", "max"));
    speed.put("step", 0.1);
    ((ObjectNode) lidar).put("samples_count", 20);

    assertSameJson(STRICT.valueToTree(flowersModel), withoutNulls(flowers));
    assertSameJson(STRICT.valueToTree(lidarModel), withoutNulls(lidar));
  }

  @Test
  void presignedFieldsKeepServerOrderOnWrite() throws Exception {
    Asset asset = STRICT.treeToValue(tree("file-upload.json"), Asset.class);

    String json = STRICT.writeValueAsString(asset.presignedPostFields().fields());

    assertThat(json)
        .startsWith("{\"acl\":")
        .endsWith(
            "\"x-amz-signature\":\"6a1f0e2b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f\"}");
    assertThat(STRICT.writeValueAsString(asset)).contains("\"presignedPostFields\":{");
  }

  @Test
  void explicitKeysAreWrittenWithTheirWireNames() throws Exception {
    Release release = STRICT.treeToValue(tree("release.json"), Release.class);
    Sample sample = STRICT.treeToValue(tree("sample-image.json"), Sample.class);
    Label label = STRICT.treeToValue(tree("label-image-vector.json"), Label.class);

    assertThat(STRICT.writeValueAsString(release))
        .contains("\"created_at\":\"2020-07-20T14:59:36.242218Z\"", "\"samples_count\":94");
    assertThat(STRICT.writeValueAsString(sample))
        .contains("\"signed_url\":", "\"dataset_full_name\":");
    assertThat(STRICT.writeValueAsString(label))
        .contains("\"label_type\":\"vector\"", "\"from_id\":2");
  }

  static void assertSameJson(JsonNode actual, JsonNode expected) {
    assertThat(actual.equals(LENIENT_EQUALITY, expected))
        .as("expected %s%nbut was  %s", expected, actual)
        .isTrue();
  }

  /** Numbers by value, ISO timestamps by instant, everything else exactly. */
  private static final Comparator<JsonNode> LENIENT_EQUALITY =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isTextual() && b.isTextual()) {
          Instant x = instant(a.textValue());
          Instant y = instant(b.textValue());
          if (x != null && y != null) {
            return x.compareTo(y);
          }
        }
        return a.equals(b) ? 0 : 1;
      };

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = object.objectNode();
      object
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().isNull()) {
                  copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
              });
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = array.arrayNode();
      array.forEach(element -> copy.add(withoutNulls(element)));
      return copy;
    }
    return node;
  }
}
