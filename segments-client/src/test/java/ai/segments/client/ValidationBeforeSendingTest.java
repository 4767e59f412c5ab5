package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.paging.WorkunitQuery;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddIssueRequest;
import ai.segments.client.request.UpdateSampleRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input fails with a ValidationException and nothing reaches the server. */
class ValidationBeforeSendingTest extends ContractTestSupport {

  private static final Map<String, Object> IMAGE = Map.of("image", Map.of("url", "u"));

  static Stream<Arguments> invalidCalls() {
    return Stream.of(
        call("deleteSamples without uuids", c -> c.deleteSamples(DATASET, List.of())),
        call(
            "deleteSamples with 1001 uuids",
            c -> c.deleteSamples(DATASET, Collections.nCopies(1001, "u"))),
        call("deleteSamples with a null list", c -> c.deleteSamples(DATASET, null)),
        call(
            "includeFullLabel without labelset",
            c -> c.getSamples(DATASET, SampleQuery.builder().includeFullLabel(true).build())),
        call("perPage 0", c -> c.getSamples(DATASET, SampleQuery.builder().perPage(0).build())),
        call("page 0", c -> c.getWorkunits(DATASET, WorkunitQuery.builder().page(0).build())),
        call("getDatasets perPage 0", c -> c.getDatasets(null, 0, 1)),
        call("getDatasets perPage 1001", c -> c.getDatasets(null, 1001, 1)),
        call(
            "perPage above the API's 1000",
            c -> c.streamSamples(DATASET, SampleQuery.builder().perPage(1001).build())),
        call(
            "workunits perPage above 1000",
            c -> c.getWorkunits(DATASET, WorkunitQuery.builder().perPage(5000).build())),
        call("streamSamples with a bad query", c -> c.streamSamples(DATASET, null)),
        call("dataset without slash", c -> c.getDataset("flowers")),
        call("dataset without owner", c -> c.getDataset("/flowers")),
        call("dataset without name", c -> c.getDataset("jane/")),
        call("null dataset", c -> c.getLabelsets(null)),
        call("blank user", c -> c.getUser(" ")),
        call("blank sample uuid", c -> c.getSample("")),
        call("blank labelset", c -> c.getLabel("uuid", " ")),
        call("blank collaborator", c -> c.deleteDatasetCollaborator(DATASET, "")),
        call("null role", c -> c.addDatasetCollaborator(DATASET, "john", null)),
        call("blank dataset name", c -> c.addDataset(" ")),
        call("invalid task attributes", c -> c.addDataset(invalidTaskAttributes())),
        call("sample without name", c -> c.addSample(DATASET, null, IMAGE)),
        call("sample without attributes", c -> c.addSample(DATASET, "a.jpg", null)),
        call(
            "sample with invalid attributes",
            c -> c.addSample(DATASET, "a.jpg", Map.of("image", "not an object"))),
        call("bulk map without name", c -> c.addSamples(DATASET, List.of(Map.of("x", 1)))),
        call("bulk item of a wrong type", c -> c.addSamples(DATASET, List.of("sample"))),
        call("null update", c -> c.updateSample("uuid", null)),
        call(
            "invalid update attributes",
            c -> c.updateSample("uuid", UpdateSampleRequest.builder().attributes(42).build())),
        call("label without attributes", c -> c.addLabel("uuid", "ground-truth", (Object) null)),
        call(
            "invalid label attributes",
            c -> c.addLabel("uuid", "ground-truth", Map.of("annotations", "none"))),
        call("issue without description", c -> c.addIssue("uuid", (String) null)),
        call(
            "invalid anchor",
            c ->
                c.addIssue(
                    "uuid", AddIssueRequest.builder("d").anchor(Map.of("type", "nope")).build())),
        call("blank release name", c -> c.addRelease(DATASET, " ")),
        call("labelset named ..", c -> c.addLabelset(DATASET, "..")),
        call("control character in a filter", c -> c.getSamples(DATASET, nameFilter("a\nb"))),
        call("null upload bytes", c -> c.uploadAsset((byte[]) null, "a.png")));
  }

  @BeforeEach
  void answerEverything() {
    respondNoContent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void isRejectedBeforeAnyRequest(String description, Consumer<SegmentsClient> call) {
    assertThatThrownBy(() -> call.accept(client())).isInstanceOf(ValidationException.class);
    assertNoRequests();
  }

  private static Arguments call(String description, Consumer<SegmentsClient> call) {
    return Arguments.of(description, call);
  }

  private static AddDatasetRequest invalidTaskAttributes() {
    return AddDatasetRequest.builder("flowers")
        .taskAttributes(Map.of("categories", "not a list"))
        .build();
  }

  private static SampleQuery nameFilter(String name) {
    return SampleQuery.builder().name(name).build();
  }
}
