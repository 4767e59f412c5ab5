package ai.segments.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.compatibility.SampleImporter.ImportReport;
import ai.segments.emulator.RecordedRequest;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.test.autoconfigure.AutoConfigureSegmentsEmulator;
import ai.segments.test.autoconfigure.EmulatorReset;
import ai.segments.test.autoconfigure.SegmentsClientTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The user's {@link SampleImporter} in the Segments slice, on the emulator, as the README shows:
 * what the emulator recorded, and how the service reacts to faults injected through the emulator.
 */
@SegmentsClientTest(
    components = SampleImporter.class,
    properties = "segments.retry.initial-interval=10ms")
@AutoConfigureSegmentsEmulator(reset = EmulatorReset.AFTER_EACH_TEST)
class SampleImporterTest {

  private static final List<String> IMAGES =
      List.of("https://images.example.com/tulip.jpg", "https://images.example.com/rose.jpg");

  @Autowired SampleImporter importer;
  @Autowired SegmentsEmulator emulator;
  @Autowired ApplicationContext context;

  @Test
  void importsEachImageAsASampleInOneRequest() {
    ImportReport report = importer.importImages("demo/flowers", IMAGES);

    assertThat(report.imported()).isEqualTo(2);
    RecordedRequest request = emulator.requestLog().last();
    assertThat(request.operation()).isEqualTo("addSamples");
    assertThat(request.path()).isEqualTo("/datasets/demo/flowers/samples_bulk/");
    assertThat(request.body()).contains("\"tulip.jpg\"", "\"rose.jpg\"");
    assertThat(emulator.requestLog().size()).as("nothing else was sent").isEqualTo(1);
  }

  @Test
  void aBriefOutageIsRetriedAndTheImportSucceeds() {
    emulator.faults().forOperation("addSamples").status(503).times(1);

    ImportReport report = importer.importImages("demo/flowers", IMAGES);

    assertThat(report).isEqualTo(new ImportReport(2, null));
    List<RecordedRequest> requests = emulator.requestLog().entries("addSamples");
    assertThat(requests).extracting(RecordedRequest::status).first().isEqualTo(503);
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).retryCount()).isEqualTo(1);
  }

  @Test
  void aServerErrorIsReportedWithoutARetry() {
    emulator.faults().forOperation("addSamples").status(500);

    ImportReport report = importer.importImages("demo/flowers", IMAGES);

    assertThat(report.imported()).isZero();
    assertThat(report.failure()).contains("500");
    assertThat(emulator.requestLog().count("addSamples")).isEqualTo(1);
  }

  @Test
  void theSliceHoldsNoneOfTheApplicationsWebStack() {
    assertThat(context.getBeanNamesForType(SampleImporter.class)).hasSize(1);
    assertThat(context.containsBean("dispatcherServlet")).isFalse();
  }
}
