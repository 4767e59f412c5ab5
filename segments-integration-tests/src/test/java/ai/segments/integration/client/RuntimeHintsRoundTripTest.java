package ai.segments.integration.client;

import static ai.segments.integration.client.ClientFixture.JANE;
import static ai.segments.integration.client.ClientFixture.box;
import static ai.segments.integration.client.ClientFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.ImageVectorLabelAttributes;
import ai.segments.client.model.IssueStatus;
import ai.segments.client.model.LabelAttributes;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Location2d;
import ai.segments.client.model.LocationAnchor;
import ai.segments.client.model.PointcloudCuboidLabelAttributes;
import ai.segments.client.model.Release;
import ai.segments.client.model.Role;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddIssueRequest;
import ai.segments.client.request.AddLabelRequest;
import ai.segments.client.request.CloneDatasetRequest;
import ai.segments.client.request.UpdateDatasetRequest;
import ai.segments.client.request.UpdateIssueRequest;
import ai.segments.client.request.UpdateLabelRequest;
import ai.segments.client.request.UpdateSampleRequest;
import ai.segments.emulator.RecordedRequest;
import ai.segments.emulator.SegmentsEmulator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.unit.DataSize;

/**
 * The runtime hints checked against a real round trip: every operation of the client against the
 * emulator over HTTP (every request written and every response read, plus a release file read),
 * with mappers that record each reflective target Jackson reaches ({@link JsonBindingRecorder});
 * then each recorded class, creator, accessor and field must be covered by the hints that Spring's
 * AOT processing collects from {@code META-INF/spring/aot.factories}. The replacement for Spring's
 * runtime hints agent, see docs/aot.md.
 */
class RuntimeHintsRoundTripTest {

  @RegisterExtension
  static final ClientFixture FIXTURE =
      new ClientFixture(builder -> builder.releaseDelay(Duration.ofMillis(50)));

  private static final SampleQuery FIRST_SAMPLES_WITH_LABELS =
      SampleQuery.builder().labelset("ground-truth").includeFullLabel(true).perPage(3).build();

  private final JsonBindingRecorder recorder = new JsonBindingRecorder();

  @Test
  void everyReflectiveTargetOfARoundTripIsCoveredByTheHints(@TempDir Path directory)
      throws Exception {
    try (SegmentsClient demo = recordingClient(SegmentsEmulator.DEMO_API_KEY);
        SegmentsClient jane = recordingClient(JANE)) {
      readAndWriteEveryDemoSampleAndLabel(demo);
      callEveryOperation(demo, jane, directory);
    }

    assertThat(operationsSent()).containsAll(operationsOverHttp());
    Set<AnnotatedElement> reached = this.recorder.targets();
    assertThat(reached)
        .as("the reflective targets Jackson reached")
        .hasSizeGreaterThan(100)
        .contains(
            Sample.class.getDeclaredConstructors()[0],
            ImageVectorLabelAttributes.class,
            PointcloudCuboidLabelAttributes.class,
            TaskType.class,
            PropertyNamingStrategies.SnakeCaseStrategy.class.getDeclaredConstructor(),
            LabelAttributes.class
                .getAnnotation(JsonDeserialize.class)
                .using()
                .getDeclaredConstructor(),
            // Request bodies are built key by key; their typed values are serialized.
            ImageVectorLabelAttributes.class.getRecordComponents()[0].getAccessor());
    RuntimeHints hints = aotHints();
    assertThat(reached)
        .filteredOn(target -> !coveredBy(hints, target))
        .as("reached by Jackson but not covered by the runtime hints")
        .isEmpty();
  }

  private SegmentsClient recordingClient(String apiKey) {
    return FIXTURE
        .builder(apiKey)
        .objectMapper(this.recorder.recording(SegmentsJson.objectMapper(true)))
        .build();
  }

  /**
   * The demo datasets hold samples and labels of every kind: the first few of each dataset, with
   * their full labels, read every attributes variant. Each is also written back, as the client's
   * internal strict mapper does when it normalizes request attributes and the ego transform does
   * with labels: that mapper is never handed out, so a recording mapper of the same configuration
   * stands in for it.
   */
  private void readAndWriteEveryDemoSampleAndLabel(SegmentsClient demo) {
    ObjectMapper internalMapper = this.recorder.recording(SegmentsJson.objectMapper(true));
    for (String dataset : ClientFixture.DEMO_DATASETS) {
      for (Sample sample : demo.getSamples(dataset, FIRST_SAMPLES_WITH_LABELS)) {
        internalMapper.valueToTree(sample);
        try {
          internalMapper.valueToTree(demo.getLabel(sample.uuid()));
        } catch (NotFoundException unlabeled) {
          // A sample without a label: nothing to read.
        }
      }
    }
  }

  private static void callEveryOperation(SegmentsClient demo, SegmentsClient jane, Path directory) {
    demo.checkApiStatus();
    demo.getUser();
    demo.getUser("jane");
    demo.getDatasets();
    demo.getDatasets("demo");
    jane.addDataset(
        AddDatasetRequest.builder(unique("org-hints")).organization("acme-robotics").build());

    String id = ClientFixture.vectorDataset(demo, "hints").fullName();
    demo.getDataset(id);
    demo.updateDataset(id, UpdateDatasetRequest.builder().description("Runtime hints.").build());
    Dataset clone =
        demo.cloneDataset(id, CloneDatasetRequest.builder().newName(unique("hints-clone")).build());
    demo.deleteDataset(clone.fullName());

    demo.addDatasetCollaborator(id, "mary", Role.REVIEWER);
    demo.getDatasetCollaborator(id, "mary");
    demo.updateDatasetCollaborator(id, "mary", Role.MANAGER);
    demo.deleteDatasetCollaborator(id, "mary");

    Sample sample = demo.addSample(id, ClientFixture.sample("one"));
    List<Sample> more = ClientFixture.addSamples(demo, id, List.of("two", "three"));
    demo.getSamples(id);
    demo.getSample(sample.uuid());
    demo.updateSample(sample.uuid(), UpdateSampleRequest.builder().readme("Read me.").build());
    demo.deleteSample(more.get(0).uuid());
    demo.deleteSamples(id, List.of(more.get(1).uuid()));

    demo.addLabelset(id, "hints", "For the runtime hints.");
    demo.getLabelsets(id);
    demo.getLabelset(id, "hints");
    demo.addLabel(sample.uuid(), "ground-truth", AddLabelRequest.builder(box(1)).build());
    demo.updateLabel(
        sample.uuid(),
        "ground-truth",
        UpdateLabelRequest.builder().labelStatus(LabelStatus.REVIEWED).build());
    demo.getLabel(sample.uuid());
    demo.addLabel(sample.uuid(), "hints", AddLabelRequest.builder(box(2)).build());
    demo.deleteLabel(sample.uuid(), "hints");
    demo.deleteLabelset(id, "hints");

    String issue =
        demo.addIssue(
                sample.uuid(),
                AddIssueRequest.builder("Check the box.")
                    .anchor(new LocationAnchor(new Location2d(1.5, 2.5), null, null))
                    .build())
            .uuid();
    demo.updateIssue(issue, UpdateIssueRequest.builder().status(IssueStatus.CLOSED).build());
    demo.getIssues(id);
    demo.deleteIssue(issue);

    demo.getWorkunits(id);
    demo.uploadAsset("asset".getBytes(StandardCharsets.UTF_8), "asset.txt");

    Release release = demo.addRelease(id, "v1", "For the runtime hints.");
    demo.getReleases(id);
    ReleaseDatasets releases =
        ReleaseDatasets.builder(demo)
            .pollInterval(Duration.ofMillis(20))
            .directory(directory)
            .build();
    try (ReleaseDataset file = releases.open(release, id, ReleaseSelection.all())) {
      assertThat(file.samples()).isNotEmpty();
    }
    demo.downloadFile(
        URI.create(demo.getRelease(id, "v1").attributes().url()),
        directory.resolve("release.json"),
        DataSize.ofMegabytes(1));
    demo.deleteRelease(id, "v1");
    demo.deleteDataset(id);
  }

  private static Set<String> operationsSent() {
    return FIXTURE.emulator().requestLog().entries().stream()
        .map(RecordedRequest::operation)
        .collect(Collectors.toSet());
  }

  private static Set<String> operationsOverHttp() {
    return Arrays.stream(SegmentsOperation.values())
        .filter(Predicate.not(SegmentsOperation::isLocal))
        .filter(operation -> operation != SegmentsOperation.DOWNLOAD_FILE)
        .map(SegmentsOperation::operationName)
        .collect(Collectors.toSet());
  }

  /**
   * The hints of every registrar in {@code aot.factories}, as Spring's AOT processing finds them.
   */
  private static RuntimeHints aotHints() {
    RuntimeHints hints = new RuntimeHints();
    ClassLoader classLoader = RuntimeHintsRoundTripTest.class.getClassLoader();
    SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories", classLoader)
        .load(RuntimeHintsRegistrar.class)
        .forEach(registrar -> registrar.registerHints(hints, classLoader));
    return hints;
  }

  private static boolean coveredBy(RuntimeHints hints, AnnotatedElement target) {
    ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();
    Predicate<RuntimeHints> covered;
    if (target instanceof Class<?> type) {
      covered = reflection.onType(type);
    } else if (target instanceof Constructor<?> constructor) {
      covered = reflection.onConstructor(constructor).invoke();
    } else if (target instanceof Method method) {
      covered = reflection.onMethod(method).invoke();
    } else if (target instanceof Field field) {
      covered = reflection.onField(field);
    } else {
      throw new IllegalArgumentException("Not a reflective target: " + target);
    }
    return covered.test(hints);
  }
}
