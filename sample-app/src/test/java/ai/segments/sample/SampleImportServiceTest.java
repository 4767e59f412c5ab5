package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.segments.client.AddSampleRequest;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.Sample;
import ai.segments.sample.ImportResult.ImportFailure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The paths of an import that the emulator does not easily produce. */
class SampleImportServiceTest {

  private static final String DATASET = "demo/flowers";

  private final SegmentsClient client = mock(SegmentsClient.class);
  private final SampleImportService service =
      new SampleImportService(this.client, new SampleProperties(10, 1000));

  @Test
  void addsARejectedChunkOneByOneSoThatOnlyTheBadEntriesFail() {
    when(this.client.streamSamples(eq(DATASET), any())).thenReturn(Stream.empty());
    when(this.client.addSamples(eq(DATASET), anyList())).thenThrow(rejected("bad chunk"));
    when(this.client.addSample(eq(DATASET), named("bad")))
        .thenThrow(rejected("Invalid attributes."));
    when(this.client.addSample(eq(DATASET), named("raced")))
        .thenThrow(new AlreadyExistsException("Sample exists.", null, SegmentsErrorDetails.NONE));

    ImportResult result =
        this.service.importManifest(DATASET, List.of(entry("good"), entry("bad"), entry("raced")));

    assertThat(result)
        .isEqualTo(
            new ImportResult(1, 1, 1, List.of(new ImportFailure(2, "bad", "Invalid attributes."))));
  }

  @Test
  void sendsNothingWhenEveryEntryIsPresentOrInvalid() {
    when(this.client.streamSamples(eq(DATASET), any())).thenReturn(Stream.of(sample("present")));

    ImportResult result =
        this.service.importManifest(
            DATASET,
            List.of(entry("present"), new ManifestEntry("no-url", null, null), entry(" ")));

    assertThat(result.alreadyPresent()).isEqualTo(1);
    assertThat(result.failures())
        .extracting(ImportFailure::reason)
        .containsExactly("the entry has no url", "the entry has no name");
    verify(this.client, never()).addSamples(any(), anyList());
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

  private static AddSampleRequest named(String name) {
    return argThat(request -> request != null && name.equals(request.name()));
  }

  private static ValidationException rejected(String message) {
    return new ValidationException(message, null, SegmentsErrorDetails.NONE);
  }
}
