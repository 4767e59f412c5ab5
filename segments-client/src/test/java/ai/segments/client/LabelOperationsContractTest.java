package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.ImageVectorLabelAttributes;
import ai.segments.client.model.Label;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.request.AddLabelRequest;
import ai.segments.client.request.UpdateLabelRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Labels: PUT/PATCH bodies (gzip on and off), tri-state update and parsed results. */
class LabelOperationsContractTest extends ContractTestSupport {

  private static final String UUID = "602a3eec-a61c-4a77-9fcc-3037ce5e9606";

  private static final String LABEL_URL = "/labels/" + UUID + "/ground-truth/";

  private static final Map<String, Object> ATTRIBUTES =
      Map.of(
          "format_version",
          "0.1",
          "annotations",
          List.of(
              Map.of(
                  "id",
                  1,
                  "category_id",
                  1,
                  "type",
                  "bbox",
                  "points",
                  List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)))));

  private static final String ATTRIBUTES_JSON =
      """
      {"format_version": "0.1", "annotations": [{"id": 1, "category_id": 1, "type": "bbox",
       "points": [[1.0, 2.0], [3.0, 4.0]]}]}
      """;

  @Test
  void getLabelReadsTheGroundTruthByDefault() {
    respondWith("label-image-vector.json");

    Label label = client().getLabel(UUID);

    assertOnlyRequest("GET", LABEL_URL);
    assertThat(label.labelStatus()).isEqualTo(LabelStatus.REVIEWED);
    assertThat(label.attributes()).isInstanceOf(ImageVectorLabelAttributes.class);
  }

  @Test
  void getLabelOfALabelset() {
    respondWith("label-pointcloud-cuboid.json");

    client().getLabel(UUID, "predictions");

    assertOnlyRequest("GET", "/labels/" + UUID + "/predictions/");
  }

  @Test
  void addLabelPutsAGzippedPrelabeledLabel() {
    respondWith("label-image-vector.json");

    Label label = client().addLabel(UUID, "ground-truth", ATTRIBUTES);

    assertGzipJsonBody(
        assertOnlyRequest("PUT", LABEL_URL),
        "{\"label_status\": \"PRELABELED\", \"attributes\": " + ATTRIBUTES_JSON + "}");
    assertThat(label.sampleUuid()).isEqualTo(UUID);
  }

  @Test
  void addLabelWithStatusAndScoreAndCompressionOff() {
    respondWith("label-image-vector.json");

    client(builder -> builder.compression(false))
        .addLabel(
            UUID,
            "ground-truth",
            AddLabelRequest.builder(ATTRIBUTES)
                .labelStatus(LabelStatus.LABELED)
                .score(0.75)
                .build());

    assertPlainJsonBody(
        onlyRequest(),
        "{\"label_status\": \"LABELED\", \"attributes\": "
            + ATTRIBUTES_JSON
            + ", \"score\": 0.75}");
  }

  @Test
  void updateLabelSendsOnlyTheChangedKeysAndExplicitNull() {
    respondWith("label-image-vector.json");

    client()
        .updateLabel(
            UUID,
            "ground-truth",
            UpdateLabelRequest.builder().labelStatus(LabelStatus.REVIEWED).score(null).build());

    assertGzipJsonBody(
        assertOnlyRequest("PATCH", LABEL_URL), "{\"label_status\": \"REVIEWED\", \"score\": null}");
  }

  @Test
  void updateLabelReplacesTheAttributes() {
    respondWith("label-image-vector.json");

    client(builder -> builder.compression(false))
        .updateLabel(
            UUID, "ground-truth", UpdateLabelRequest.builder().attributes(ATTRIBUTES).build());

    assertPlainJsonBody(onlyRequest(), "{\"attributes\": " + ATTRIBUTES_JSON + "}");
  }

  @Test
  void deleteLabelSendsADelete() {
    respondNoContent();

    client().deleteLabel(UUID, "ground-truth");

    assertOnlyRequest("DELETE", LABEL_URL);
  }
}
