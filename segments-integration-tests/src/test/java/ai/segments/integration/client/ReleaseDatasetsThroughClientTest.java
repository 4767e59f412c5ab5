package ai.segments.integration.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Release;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseFailedException;
import ai.segments.client.release.ReleaseSample;
import ai.segments.client.release.ReleaseSelection;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.emulator.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Release datasets over real HTTP against the emulator: release files shaped like the real ones.
 */
class ReleaseDatasetsThroughClientTest {

  @RegisterExtension
  static final ClientFixture FIXTURE =
      new ClientFixture(builder -> builder.releaseDelay(Duration.ofMillis(100)));

  @Test
  void aNewReleaseIsWaitedForDownloadedAndIteratedWithNullLabelsWhereUnlabeled()
      throws IOException {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    Dataset dataset = ClientFixture.vectorDataset(jane, "release-dataset");
    String id = dataset.owner().username() + "/" + dataset.name();
    jane.addLabelset(id, "predictions");
    List<Sample> samples = ClientFixture.addSamples(jane, id, List.of("a", "b", "c"));
    jane.addLabel(samples.get(0).uuid(), "ground-truth", ClientFixture.box(1));
    jane.addLabel(samples.get(1).uuid(), "predictions", ClientFixture.box(2));
    Release pending = jane.addRelease(id, "v1");

    ReleaseDatasets releases =
        ReleaseDatasets.builder(jane).pollInterval(Duration.ofMillis(20)).build();
    try (ReleaseDataset release = releases.open(pending, id, ReleaseSelection.all());
        Stream<ReleaseSample> iterated = release.samples()) {
      assertThat(release.header().datasetOwner()).isEqualTo("jane");
      assertThat(release.header().labelsets()).containsExactly("ground-truth", "predictions");
      assertThat(iterated)
          .extracting(ReleaseSample::name, ReleaseSample::labelStatus)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("a", LabelStatus.PRELABELED),
              org.assertj.core.groups.Tuple.tuple("b", LabelStatus.UNLABELED),
              org.assertj.core.groups.Tuple.tuple("c", LabelStatus.UNLABELED));
    }
    JsonNode file =
        new ObjectMapper()
            .readTree(ClientFixture.download(jane.getRelease(id, "v1").attributes().url()));
    for (JsonNode sample : file.path("dataset").path("samples")) {
      assertThat(sample.path("labels").has("ground-truth")).isTrue();
      assertThat(sample.path("labels").has("predictions")).isTrue();
    }
    assertThat(
            file.path("dataset")
                .path("samples")
                .get(2)
                .path("labels")
                .path("ground-truth")
                .isNull())
        .isTrue();
  }

  @Test
  void theDownloadCarriesNoApiKey() {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    Dataset dataset = ClientFixture.vectorDataset(jane, "release-key");
    String id = dataset.owner().username() + "/" + dataset.name();
    ClientFixture.addSamples(jane, id, List.of("a"));
    jane.addRelease(id, "v1");
    FIXTURE.emulator().requestLog().clear();

    ReleaseDatasets releases =
        ReleaseDatasets.builder(jane).pollInterval(Duration.ofMillis(20)).build();
    try (ReleaseDataset release = releases.open(id, "v1", ReleaseSelection.all())) {
      assertThat(release.header().sampleCount()).isEqualTo(1);
    }
    List<RecordedRequest> downloads =
        FIXTURE.emulator().requestLog().entries().stream()
            .filter(
                request -> request.path().contains("releases/") && request.path().endsWith(".json"))
            .toList();
    assertThat(downloads).hasSize(1);
    assertThat(downloads.get(0).header("Authorization")).isNull();
  }

  @Test
  void aReleaseOfATaskTypeTheServiceCannotReleaseFailsWithItsReason() {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    Dataset dataset =
        jane.addDataset(
            AddDatasetRequest.builder(ClientFixture.unique("lidar-seg"))
                .taskType(TaskType.POINTCLOUD_SEGMENTATION)
                .build());
    String id = dataset.owner().username() + "/" + dataset.name();
    jane.addRelease(id, "v1");

    ReleaseDatasets releases =
        ReleaseDatasets.builder(jane).pollInterval(Duration.ofMillis(20)).build();
    ReleaseFailedException failed =
        catchThrowableOfType(
            ReleaseFailedException.class,
            () -> releases.open(id, "v1", ReleaseSelection.labelset("ground-truth")));
    assertThat(failed.reason())
        .isEqualTo("Releases are not supported for datasets of task type pointcloud-segmentation");
    assertThat(failed).hasMessageStartingWith("Release v1 of " + id + " is FAILED: ");
    assertThat(Map.of("status", jane.getRelease(id, "v1").status().value()))
        .containsEntry("status", "FAILED");
  }
}
