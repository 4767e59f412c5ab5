package ai.segments.client.json;

import static ai.segments.client.json.ExampleFiles.STRICT;
import static ai.segments.client.json.ExampleFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.AnnotationType;
import ai.segments.client.model.BasicAnchor;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.ImageVectorLabelAttributes;
import ai.segments.client.model.Location3d;
import ai.segments.client.model.LocationAnchor;
import ai.segments.client.model.TaskAttributeCategory;
import ai.segments.client.model.TaskAttributes;
import ai.segments.client.model.TrackAnchor;
import ai.segments.client.model.Url;
import ai.segments.client.model.VectorAnnotation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesValidatorTest {

  private static Map<String, Object> map(String json) throws Exception {
    return STRICT.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  @Test
  void validSampleMapIsSentAsGivenIncludingUnknownKeys() throws Exception {
    Map<String, Object> attributes =
        map("{\"image\": {\"url\": \"https://x/violet.jpg\", \"caption\": \"hi\"}, \"extra\": 1}");
    String before = attributes.toString();

    JsonNode json = AttributesValidator.sampleAttributes(attributes, "addSample");

    assertThat(json).isEqualTo(STRICT.valueToTree(attributes));
    assertThat(json.at("/image/caption").asText()).isEqualTo("hi");
    assertThat(json.get("extra").asInt()).isEqualTo(1);
    assertThat(attributes.toString()).isEqualTo(before);
  }

  @Test
  void labelMapKeepsDocumentedKeysTheModelDoesNotHave() throws Exception {
    Map<String, Object> attributes =
        map(
            "{\"format_version\": \"0.1\", \"annotations\": [{\"id\": 1, \"track_id\": 1,"
                + " \"category_id\": 1, \"type\": \"bbox\", \"points\": [[1, 2], [3, 4]],"
                + " \"unknown_key\": true}], \"links\": [{\"from_id\": 1, \"to_id\": 1}]}");
    String before = attributes.toString();

    JsonNode json = AttributesValidator.labelAttributes(attributes, "addLabel");

    assertThat(json).isEqualTo(STRICT.readTree(STRICT.writeValueAsString(attributes)));
    assertThat(json.at("/annotations/0/unknown_key").asBoolean()).isTrue();
    assertThat(json.at("/links/0/from_id").asInt()).isEqualTo(1);
    assertThat(attributes.toString()).isEqualTo(before);
  }

  @Test
  void everyLabelExampleIsValidAsAMap() throws Exception {
    for (String file :
        List.of(
            "label-image-segmentation.json",
            "label-pointcloud-cuboid-sequence.json",
            "label-pointcloud-vector.json",
            "label-multisensor.json")) {
      JsonNode attributes = tree(file).get("attributes");
      Map<String, Object> asMap =
          STRICT.convertValue(attributes, new TypeReference<LinkedHashMap<String, Object>>() {});

      assertThat(AttributesValidator.labelAttributes(asMap, "addLabel")).isEqualTo(attributes);
    }
  }

  @Test
  void typedRecordsAreSerialized() {
    JsonNode sample =
        AttributesValidator.sampleAttributes(
            new ImageSampleAttributes(Url.of("https://x/a.jpg")), "addSample");
    assertThat(sample.toString()).isEqualTo("{\"image\":{\"url\":\"https://x/a.jpg\"}}");

    JsonNode label =
        AttributesValidator.labelAttributes(
            new ImageVectorLabelAttributes(
                List.of(
                    new VectorAnnotation(
                        1,
                        2,
                        AnnotationType.POINT,
                        List.of(List.of(1.0, 2.0)),
                        null,
                        null,
                        null,
                        null)),
                null,
                null,
                "0.1"),
            "addLabel");
    assertThat(label.toString())
        .isEqualTo(
            "{\"annotations\":[{\"id\":1,\"category_id\":2,\"type\":\"point\","
                + "\"points\":[[1.0,2.0]]}],\"format_version\":\"0.1\"}");
  }

  @Test
  void typedAnchorsAreSerializedWithTheirType() {
    assertThat(AttributesValidator.issueAnchor(new BasicAnchor(null, 2), "addIssue").toString())
        .isEqualTo("{\"type\":\"basic\",\"frame\":2}");
    assertThat(
            AttributesValidator.issueAnchor(new TrackAnchor(7, "state", null, null), "updateIssue")
                .toString())
        .isEqualTo("{\"type\":\"track\",\"trackNumber\":7,\"trackAttribute\":\"state\"}");
    assertThat(
            AttributesValidator.issueAnchor(
                    new LocationAnchor(new Location3d(1.0, 2.0, 3.0), "Lidar", null), "addIssue")
                .toString())
        .isEqualTo(
            "{\"type\":\"location\",\"location\":{\"type\":\"3d\",\"x\":1.0,\"y\":2.0,\"z\":3.0},"
                + "\"sensor\":\"Lidar\"}");
  }

  @Test
  void anchorMapsAreValidated() throws Exception {
    Map<String, Object> track = map("{\"type\": \"track\", \"trackNumber\": 3}");
    assertThat(AttributesValidator.issueAnchor(track, "addIssue"))
        .isEqualTo(STRICT.valueToTree(track));

    assertThatThrownBy(
            () -> AttributesValidator.issueAnchor(map("{\"type\": \"track\"}"), "addIssue"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("addIssue: invalid issue anchor")
        .hasMessageContaining("trackNumber");
    assertThatThrownBy(
            () -> AttributesValidator.issueAnchor(map("{\"type\": \"circle\"}"), "addIssue"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("circle");
  }

  @Test
  void invalidMapsAreRejectedNamingTheOperation() throws Exception {
    assertThatThrownBy(
            () -> AttributesValidator.sampleAttributes(map("{\"video\": \"x.mp4\"}"), "addSample"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("addSample: invalid sample attributes")
        .hasMessageContaining("video")
        .satisfies(
            e ->
                assertThat(((ValidationException) e).details().operation()).isEqualTo("addSample"));

    assertThatThrownBy(
            () ->
                AttributesValidator.labelAttributes(
                    map("{\"annotations\": [{\"id\": 1, \"type\": \"bbox\", \"points\": []}]}"),
                    "updateLabel"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("updateLabel: invalid label attributes")
        .hasMessageContaining("category_id")
        .hasMessageContaining("annotations[0]");

    assertThatThrownBy(
            () ->
                AttributesValidator.sampleAttributes(
                    map("{\"pcd\": {\"url\": \"x.bin\", \"type\": \"laz\"}}"), "addSamples"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("laz");
  }

  @Test
  void nullAndWrongTypesAreRejected() {
    assertThatThrownBy(() -> AttributesValidator.labelAttributes(null, "addLabel"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("addLabel: label attributes must not be null");
    assertThatThrownBy(() -> AttributesValidator.sampleAttributes("image.jpg", "addSample"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("SampleAttributes or a Map");
    assertThatThrownBy(
            () -> AttributesValidator.sampleAttributes(new BasicAnchor(null, null), "addSample"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void valuesJacksonCannotWriteAreRejectedBeforeValidation() {
    Map<String, Object> attributes = Map.of("image", Map.of("url", new Object()));

    assertThatThrownBy(() -> AttributesValidator.sampleAttributes(attributes, "addSample"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("addSample: sample attributes cannot be written as JSON: ")
        .hasMessageContaining("java.lang.Object");
  }

  @Test
  void taskAttributesKeepUnknownKeysAndRejectBadCategories() throws Exception {
    Map<String, Object> attributes =
        map(
            "{\"format_version\": \"0.1\", \"categories\": [{\"name\": \"object\", \"id\": 1}],"
                + " \"image_attributes\": [{\"name\": \"x\", \"input_type\": \"text\","
                + " \"sensors\": \"2D\"}], \"custom\": {\"a\": 1}}");

    JsonNode json = AttributesValidator.taskAttributes(attributes, "addDataset");

    assertThat(json).isEqualTo(STRICT.valueToTree(attributes));
    assertThatThrownBy(
            () ->
                AttributesValidator.taskAttributes(
                    map("{\"categories\": [{\"name\": \"object\"}]}"), "updateDataset"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("updateDataset: invalid task attributes")
        .hasMessageContaining("id");

    TaskAttributes typed =
        new TaskAttributes(
            "0.1",
            List.of(
                new TaskAttributeCategory(
                    "object", 1, null, null, null, null, null, null, null, null, null, null)),
            null,
            null,
            null,
            null);
    assertThat(AttributesValidator.taskAttributes(typed, "addDataset").toString())
        .isEqualTo("{\"format_version\":\"0.1\",\"categories\":[{\"name\":\"object\",\"id\":1}]}");
  }

  @Test
  void inputListsInsideMapsAreNotMutated() throws Exception {
    List<Object> frames = new ArrayList<>();
    frames.add(map("{\"image\": {\"url\": \"a.jpg\"}}"));
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("frames", frames);

    JsonNode json = AttributesValidator.sampleAttributes(attributes, "addSample");
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("added", true);

    assertThat(attributes).containsOnlyKeys("frames");
    assertThat(frames).hasSize(1);
  }
}
