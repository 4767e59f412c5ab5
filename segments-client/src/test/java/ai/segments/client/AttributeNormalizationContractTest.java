package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.request.UpdateSampleRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attribute maps are sent as given by default; with {@code normalizeAttributes(true)} they are
 * re-serialized through the models as the SDK does: unknown keys dropped, values typed, unset
 * defaults not added.
 */
class AttributeNormalizationContractTest extends ContractTestSupport {

  /** Point cloud sample attributes with an unknown key, a numeric string and an unset default. */
  private static final Map<String, Object> POINTCLOUD =
      Map.of(
          "pcd",
          Map.of("url", "https://example.com/0.pcd", "type", "pcd", "colour", "red"),
          "images",
          List.of(Map.of("url", "https://example.com/0.jpg", "exposure", 3)),
          "default_z",
          "-1.5",
          "sensor_rig",
          "v2");

  private static final String POINTCLOUD_AS_GIVEN =
      """
      {"pcd": {"url": "https://example.com/0.pcd", "type": "pcd", "colour": "red"},
       "images": [{"url": "https://example.com/0.jpg", "exposure": 3}],
       "default_z": "-1.5", "sensor_rig": "v2"}
      """;

  private static final String POINTCLOUD_AS_THE_SDK_SENDS_IT =
      """
      {"pcd": {"url": "https://example.com/0.pcd", "type": "pcd"},
       "images": [{"url": "https://example.com/0.jpg"}],
       "default_z": -1.5}
      """;

  /** Image vector label attributes with unknown keys beside free-form object attributes. */
  private static final Map<String, Object> LABEL =
      Map.of(
          "format_version",
          "0.1",
          "annotations",
          List.of(
              Map.of(
                  "id",
                  1,
                  "category_id",
                  2,
                  "type",
                  "bbox",
                  "points",
                  List.of(List.of(1, 2), List.of(3, 4)),
                  "attributes",
                  Map.of("color", "red", "custom", true),
                  "confidence",
                  0.9)),
          "reviewer_note",
          "check");

  @BeforeEach
  void answer() {
    respondWith("sample-image.json");
  }

  @Test
  void byDefaultSampleAttributesAreSentAsGiven() {
    client().addSample(DATASET, "0.pcd", POINTCLOUD);

    assertThat(bodyJson(onlyRequest()).get("attributes")).isEqualTo(parse(POINTCLOUD_AS_GIVEN));
  }

  @Test
  void normalizedSampleAttributesAreSentAsTheSdkSendsThem() {
    SegmentsClient client = client(builder -> builder.normalizeAttributes(true));

    client.addSample(DATASET, "0.pcd", POINTCLOUD);
    client.updateSample("uuid", UpdateSampleRequest.builder().attributes(POINTCLOUD).build());

    assertThat(requests())
        .hasSize(2)
        .allSatisfy(
            request ->
                assertThat(bodyJson(request).get("attributes"))
                    .isEqualTo(parse(POINTCLOUD_AS_THE_SDK_SENDS_IT)));
  }

  @Test
  void normalizedBulkItemsKeepTheirOtherKeys() {
    server.resetAll();
    respondWithList("sample-image.json");
    SegmentsClient client = client(builder -> builder.normalizeAttributes(true));

    client.addSamples(DATASET, List.of(Map.of("name", "0.pcd", "attributes", POINTCLOUD, "x", 1)));

    assertThat(bodyJson(onlyRequest()).get(0))
        .isEqualTo(
            parse(
                "{\"name\": \"0.pcd\", \"x\": 1, \"attributes\": "
                    + POINTCLOUD_AS_THE_SDK_SENDS_IT
                    + "}"));
  }

  @Test
  void normalizedLabelAttributesDropUnknownKeysButKeepObjectAttributeValues() {
    server.resetAll();
    respondWith("label-image-vector.json");
    SegmentsClient client = client(builder -> builder.normalizeAttributes(true));

    client.addLabel("uuid", "ground-truth", LABEL);

    assertThat(bodyJson(onlyRequest()).get("attributes"))
        .isEqualTo(
            parse(
                """
                {"format_version": "0.1",
                 "annotations": [{"id": 1, "category_id": 2, "type": "bbox",
                   "points": [[1.0, 2.0], [3.0, 4.0]],
                   "attributes": {"color": "red", "custom": true}}]}
                """));
  }

  @Test
  void byDefaultLabelAttributesAreSentAsGiven() {
    server.resetAll();
    respondWith("label-image-vector.json");

    client().addLabel("uuid", "ground-truth", LABEL);

    assertThat(bodyJson(onlyRequest()).get("attributes")).isEqualTo(JSON.valueToTree(LABEL));
  }
}
