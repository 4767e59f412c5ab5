package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Labelset;
import ai.segments.client.model.Release;
import ai.segments.client.model.ReleaseStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labelsets and releases. */
class LabelsetAndReleaseOperationsContractTest extends ContractTestSupport {

  @Test
  void getLabelsetsReadsTheList() {
    respondWithList("labelset.json");

    List<Labelset> labelsets = client().getLabelsets(DATASET);

    assertOnlyRequest("GET", "/datasets/jane/flowers/labelsets/");
    assertThat(labelsets).extracting(Labelset::name).containsExactly("predictions");
  }

  @Test
  void getLabelsetReadsOne() {
    respondWith("labelset.json");

    Labelset labelset = client().getLabelset(DATASET, "predictions");

    assertOnlyRequest("GET", "/datasets/jane/flowers/labelsets/predictions/");
    assertThat(labelset.isGroundtruth()).isFalse();
  }

  @Test
  void addLabelsetSendsTheAttributesAsTheString() {
    respondWith("labelset.json");

    client().addLabelset(DATASET, "predictions");

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/datasets/jane/flowers/labelsets/"),
        "{\"name\": \"predictions\", \"description\": \"\", \"attributes\": \"{}\"}");
  }

  @Test
  void addLabelsetWithDescription() {
    respondWith("labelset.json");

    client().addLabelset(DATASET, "predictions", "Model output");

    assertPlainJsonBody(
        onlyRequest(),
        "{\"name\": \"predictions\", \"description\": \"Model output\", \"attributes\": \"{}\"}");
  }

  @Test
  void deleteLabelsetSendsADelete() {
    respondNoContent();

    client().deleteLabelset(DATASET, "predictions");

    assertOnlyRequest("DELETE", "/datasets/jane/flowers/labelsets/predictions/");
  }

  @Test
  void getReleasesReadsTheList() {
    respondWithList("release.json", "release-pending.json");

    List<Release> releases = client().getReleases(DATASET);

    assertOnlyRequest("GET", "/datasets/jane/flowers/releases/");
    assertThat(releases)
        .extracting(Release::status)
        .containsExactly(ReleaseStatus.SUCCEEDED, ReleaseStatus.PENDING);
  }

  @Test
  void getReleaseReadsOne() {
    respondWith("release.json");

    Release release = client().getRelease(DATASET, "v0.1");

    assertOnlyRequest("GET", "/datasets/jane/flowers/releases/v0.1/");
    assertThat(release.samplesCount()).isEqualTo(94L);
  }

  @Test
  void addReleaseSendsNameAndEmptyDescription() {
    respondWith("release-pending.json");

    Release release = client().addRelease(DATASET, "v0.2");

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/datasets/jane/flowers/releases/"),
        "{\"name\": \"v0.2\", \"description\": \"\"}");
    assertThat(release.status()).isEqualTo(ReleaseStatus.PENDING);
  }

  @Test
  void addReleaseWithDescription() {
    respondWith("release-pending.json");

    client().addRelease(DATASET, "v0.2", "Round 2");

    assertPlainJsonBody(onlyRequest(), "{\"name\": \"v0.2\", \"description\": \"Round 2\"}");
  }

  @Test
  void deleteReleaseSendsADelete() {
    respondNoContent();

    client().deleteRelease(DATASET, "v0.1");

    assertOnlyRequest("DELETE", "/datasets/jane/flowers/releases/v0.1/");
  }
}
