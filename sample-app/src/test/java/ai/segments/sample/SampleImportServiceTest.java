package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Sample;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.sample.ImportResult.ImportFailure;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The paths of an import that the app's integration test does not take. */
class SampleImportServiceTest {

  private static final String DATASET = "demo/flowers";

  @Test
  void entriesTheApiRejectsFailWithItsReasonAtTheirManifestPosition() {
    onTheEmulator(
        (emulator, service) -> {
          // Image samples do not fit a point-cloud dataset: the API rejects every one of them.
          ImportResult result =
              service.importManifest(
                  "demo/lidar-frames",
                  List.of(entry("a"), new ManifestEntry(" ", null, null), entry("b")));

          assertThat(result.created()).isZero();
          assertThat(result.failures()).extracting(ImportFailure::entry).containsExactly(1, 2, 3);
          assertThat(result.failures().get(0).reason())
              .isNotBlank()
              .isNotEqualTo("the entry has no name");
          assertThat(emulator.requestLog().count("addSamples")).isGreaterThanOrEqualTo(2);
        });
  }

  @Test
  void imageUrlsOfInternalHostsFailBeforeAnythingIsSent() {
    onTheEmulator(
        (emulator, service) -> {
          // Literal addresses: the policy decides without resolving or connecting to anything.
          ImportResult result =
              service.importManifest(
                  DATASET,
                  List.of(
                      new ManifestEntry(
                          "metadata", "http://169.254.169.254/latest/meta-data/", null),
                      new ManifestEntry("loopback", "http://127.0.0.1:1/x.png", null),
                      new ManifestEntry("private", "https://10.0.0.7/x.png", null)));

          assertThat(result.created()).isZero();
          assertThat(result.failures())
              .extracting(ImportFailure::reason)
              .allSatisfy(reason -> assertThat(reason).contains("downloadFile"))
              .anySatisfy(reason -> assertThat(reason).contains("169.254.169.254"));
          assertThat(emulator.requestLog().count("addSamples")).isZero();
        });
  }

  @Test
  void sendsNothingWhenEveryEntryIsPresentOrInvalid() {
    SegmentsClient client = mock(SegmentsClient.class);
    when(client.streamSamples(eq(DATASET), any())).thenReturn(Stream.of(sample("present")));
    SampleImportService service =
        new SampleImportService(client, new SampleProperties(10, 1000, null, null));

    ImportResult result =
        service.importManifest(
            DATASET,
            List.of(entry("present"), new ManifestEntry("no-url", null, null), entry(" ")));

    assertThat(result.alreadyPresent()).isEqualTo(1);
    assertThat(result.failures())
        .extracting(ImportFailure::reason)
        .containsExactly("the entry has no url", "the entry has no name");
    verify(client).streamSamples(eq(DATASET), any());
    verify(client).checkDownloadUrl(URI.create("https://example.com/present.jpg"));
    verifyNoMoreInteractions(client);
  }

  /** Runs a test against a service whose client talks to a fresh emulator. */
  private static void onTheEmulator(BiConsumer<SegmentsEmulator, SampleImportService> test) {
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().build().start()) {
      SegmentsClient client =
          SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl()).build();
      test.accept(
          emulator, new SampleImportService(client, new SampleProperties(2, 1000, null, null)));
    }
  }

  private static ManifestEntry entry(String name) {
    return new ManifestEntry(name, "https://example.com/" + name + ".jpg", Map.of());
  }

  private static Sample sample(String name) {
    return new Sample(
        "uuid-" + name,
        name,
        null,
        Map.of(),
        Instant.EPOCH,
        "demo",
        "",
        null,
        null,
        0.0,
        null,
        List.of(),
        DATASET);
  }
}
