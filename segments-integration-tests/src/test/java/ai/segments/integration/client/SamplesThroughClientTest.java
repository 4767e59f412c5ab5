package ai.segments.integration.client;

import static ai.segments.integration.client.ClientFixture.addSamples;
import static ai.segments.integration.client.ClientFixture.fails;
import static ai.segments.integration.client.ClientFixture.image;
import static ai.segments.integration.client.ClientFixture.sample;
import static ai.segments.integration.client.ClientFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.DeleteSamplesResponse;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.ImageSegmentationLabelAttributes;
import ai.segments.client.model.Label;
import ai.segments.client.model.LabelStats;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.LabelSummary;
import ai.segments.client.model.Sample;
import ai.segments.client.model.SampleSortKey;
import ai.segments.client.model.SortDirection;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.request.AddLabelRequest;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.client.request.UpdateSampleRequest;
import ai.segments.emulator.RecordedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Samples: paging, filters, sorting, add (single, bulk, gzip or not), update and delete. */
class SamplesThroughClientTest {

  @RegisterExtension static final ClientFixture FIXTURE = new ClientFixture();

  private static final String STREET = "demo/street-scenes";

  /** A dataset of 12 samples created out of name order, with varied priorities and labels. */
  private static String sortable;

  private final SegmentsClient demo = FIXTURE.demo();

  @BeforeAll
  static void sortableDataset() {
    SegmentsClient client = FIXTURE.demo();
    sortable = ClientFixture.vectorDataset(client, "sortable").fullName();
    List<Sample> created = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int n = (i * 5) % 12;
      created.add(
          client.addSample(
              sortable,
              AddSampleRequest.builder("s-" + n, image("s-" + n)).priority((n * 7) % 5).build()));
    }
    // Labels in yet another order, leaving every third sample unlabeled.
    for (int i = 0; i < 12; i += 3) {
      client.addLabel(created.get(11 - i).uuid(), "ground-truth", ClientFixture.box(i));
      client.addLabel(created.get(i + 1).uuid(), "ground-truth", ClientFixture.box(i));
    }
  }

  @Test
  void streamingADemoDatasetInSmallPagesSeesEverySampleOnce() {
    LabelStats stats = demo.getDataset(STREET).labelStats();
    List<Sample> streamed =
        demo.streamSamples(STREET, SampleQuery.builder().perPage(7).build()).toList();
    assertThat((long) streamed.size()).isEqualTo(stats.total()).isEqualTo(120L);
    assertThat(streamed).extracting(Sample::uuid).doesNotHaveDuplicates();
    assertThat(streamed).extracting(Sample::name).isSorted();
    assertThat(streamed).allSatisfy(s -> assertThat(s.datasetFullName()).isEqualTo(STREET));
    assertThat(FIXTURE.emulator().requestLog().count("getSamples")).isEqualTo(18);

    FIXTURE.emulator().requestLog().clear();
    List<Sample> exact =
        demo.streamSamples("demo/lidar-scenes", SampleQuery.builder().perPage(10).build()).toList();
    assertThat(exact).hasSize(20);
    assertThat(FIXTURE.emulator().requestLog().entries("getSamples"))
        .extracting(RecordedRequest::status)
        .as("two full pages, then the API's 404 Invalid page ends the stream")
        .containsExactly(200, 200, 404);
  }

  @Test
  void samplePagesHaveAnEmptyFirstPageALastPageAndBounds() {
    String empty = ClientFixture.vectorDataset(demo, "empty").fullName();
    assertThat(demo.getSamples(empty)).isEmpty();
    assertThat(demo.streamSamples(empty)).isEmpty();
    fails(
        NotFoundException.class,
        404,
        () -> demo.getSamples(empty, SampleQuery.builder().page(2).build()));

    assertThat(demo.getSamples(STREET, SampleQuery.builder().perPage(50).page(3).build()))
        .hasSize(20)
        .extracting(Sample::name)
        .startsWith("street-scenes-0100")
        .endsWith("street-scenes-0119");
    rejected(NotFoundException.class, 404, SampleQuery.builder().perPage(50).page(4));
    assertThat(demo.getSamples(STREET, SampleQuery.builder().perPage(1000).build())).hasSize(120);

    int sent = FIXTURE.emulator().requestLog().size();
    rejected(ValidationException.class, 0, SampleQuery.builder().perPage(0));
    rejected(ValidationException.class, 0, SampleQuery.builder().page(0));
    rejected(ValidationException.class, 0, SampleQuery.builder().perPage(1001));
    assertThat(FIXTURE.emulator().requestLog().size()).as("nothing sent").isEqualTo(sent);
    fails(NotFoundException.class, 404, () -> demo.getSamples("demo/" + unique("missing")));
  }

  @Test
  void nameAndMetadataFiltersNarrowTheList() {
    assertThat(names(SampleQuery.builder().name("-001").build()))
        .containsExactlyElementsOf(
            IntStream.range(10, 20).mapToObj(i -> "street-scenes-00" + i).toList());
    assertThat(names(SampleQuery.builder().name("STREET").build())).as("case-sensitive").isEmpty();
    assertThat(names(SampleQuery.builder().name("0042").build()))
        .containsExactly("street-scenes-0042");

    List<Sample> val = demo.getSamples(STREET, SampleQuery.builder().metadata("split:val").build());
    assertThat(val)
        .hasSize(24)
        .allSatisfy(s -> assertThat(s.metadata()).containsEntry("split", "val"));
    assertThat(names(SampleQuery.builder().metadata("split:val", "index:15").build()))
        .containsExactly("street-scenes-0015");
    assertThat(names(SampleQuery.builder().metadata("split:val", "index:16").build())).isEmpty();
    assertThat(names(SampleQuery.builder().name("-01").metadata("split:val").build()))
        .containsExactly(
            "street-scenes-0100", "street-scenes-0105", "street-scenes-0110", "street-scenes-0115");
    rejected(ValidationException.class, 400, SampleQuery.builder().metadata("no-colon"));
  }

  @Test
  void labelStatusFiltersAgreeWithTheLabelStats() {
    LabelStats stats = demo.getDataset(STREET).labelStats();
    Map<LabelStatus, Long> expected =
        Map.of(
            LabelStatus.REVIEWED, stats.reviewed(),
            LabelStatus.LABELED, stats.labeled(),
            LabelStatus.PRELABELED, stats.prelabeled(),
            LabelStatus.REJECTED, stats.rejected(),
            LabelStatus.SKIPPED, stats.skipped(),
            LabelStatus.UNLABELED, stats.unlabeled());
    expected.forEach(
        (status, count) ->
            assertThat(demo.streamSamples(STREET, byStatus(status).build()).count())
                .as("%s", status)
                .isEqualTo(count));
    List<Sample> either =
        demo.getSamples(
            STREET,
            SampleQuery.builder()
                .labelStatus(LabelStatus.LABELED, LabelStatus.REVIEWED)
                .labelset("ground-truth")
                .build());
    assertThat((long) either.size()).isEqualTo(stats.labeled() + stats.reviewed());
    assertThat(either)
        .extracting(s -> s.label().labelStatus())
        .containsOnly(LabelStatus.LABELED, LabelStatus.REVIEWED);

    assertThat(
            demo.getSamples(
                "demo/flowers", byStatus(LabelStatus.PRELABELED).labelset("predictions").build()))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.label()).isInstanceOf(LabelSummary.class));
  }

  @Test
  void aLabelsetAddsLabelSummariesOrFullLabelsWithIssues() {
    List<Sample> summaries =
        demo.getSamples(STREET, SampleQuery.builder().labelset("ground-truth").build());
    assertThat(summaries)
        .allSatisfy(
            s -> {
              assertThat(s.issues()).as("issues only come with full labels").isNullOrEmpty();
              if (s.label() != null) {
                assertThat(s.label()).isInstanceOf(LabelSummary.class);
              }
            });
    assertThat(summaries.stream().filter(s -> s.label() == null).count())
        .isEqualTo(demo.getDataset(STREET).labelStats().unlabeled());

    List<Sample> full =
        demo.getSamples(
            STREET,
            byStatus(LabelStatus.REVIEWED).labelset("ground-truth").includeFullLabel(true).build());
    assertThat(full)
        .isNotEmpty()
        .allSatisfy(
            s -> {
              Label label = (Label) s.label();
              assertThat(label.labelStatus()).isEqualTo(LabelStatus.REVIEWED);
              assertThat(label.sampleUuid()).isEqualTo(s.uuid());
              assertThat(label.attributes()).isInstanceOf(ImageSegmentationLabelAttributes.class);
              assertThat(label.reviewedBy()).isNotNull();
              assertThat(s.issues()).isNotNull();
            });
    rejected(NotFoundException.class, 404, SampleQuery.builder().labelset("nope"));
    rejected(ValidationException.class, 0, SampleQuery.builder().includeFullLabel(true));
  }

  static Stream<Arguments> sortOrders() {
    return Stream.of(SampleSortKey.values())
        .filter(key -> key != SampleSortKey.UNKNOWN)
        .flatMap(
            key ->
                Stream.of(
                    Arguments.of(key, SortDirection.ASC), Arguments.of(key, SortDirection.DESC)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("sortOrders")
  void everySortKeySortsBothWays(SampleSortKey key, SortDirection direction) {
    SampleQuery query =
        SampleQuery.builder().labelset("ground-truth").sort(key, direction).perPage(5).build();
    List<Sample> sorted = demo.streamSamples(sortable, query).toList();
    assertThat(sorted).hasSize(12);
    Comparator<Sample> order =
        switch (key) {
          case NAME -> Comparator.comparing(Sample::name);
          case CREATED_AT -> Comparator.comparing(Sample::createdAt);
          case PRIORITY -> Comparator.comparing(Sample::priority);
          default ->
              Comparator.comparing(
                  (Sample s) -> (s.label() == null) ? null : ((LabelSummary) s.label()).updatedAt(),
                  Comparator.<Instant>nullsLast(Comparator.naturalOrder()));
        };
    assertThat(sorted)
        .isSortedAccordingTo(direction == SortDirection.DESC ? order.reversed() : order);
    List<Sample> reversed = new ArrayList<>(sorted);
    Collections.reverse(reversed);
    assertThat(sorted).as("not trivially sorted both ways").isNotEqualTo(reversed);
  }

  @Test
  void anUnknownSortKeyIsTheApisValidationError() {
    rejected(
        ValidationException.class,
        400,
        SampleQuery.builder().sort(SampleSortKey.UNKNOWN, SortDirection.ASC));
  }

  @Test
  void addSampleRoundTripsEveryFieldAndRejectsDuplicateNames() {
    String dataset = ClientFixture.vectorDataset(demo, "add-one").fullName();
    Sample created =
        demo.addSample(
            dataset,
            AddSampleRequest.builder("cat.jpg", image("cat"))
                .metadata(Map.of("city", "Ghent", "frame", 12))
                .priority(2.5)
                .assignedLabeler("mary")
                .assignedReviewer("jane")
                .readme("A cat.")
                .build());
    assertThat(created.name()).isEqualTo("cat.jpg");
    assertThat(created.attributes()).isEqualTo(image("cat"));
    assertThat(created.metadata()).containsEntry("city", "Ghent").containsEntry("frame", 12);
    assertThat(created.priority()).isEqualTo(2.5);
    assertThat(created.assignedLabeler()).isEqualTo("mary");
    assertThat(created.assignedReviewer()).isEqualTo("jane");
    assertThat(created.readme()).isEqualTo("A cat.");
    assertThat(created.createdBy()).isEqualTo("demo");
    assertThat(created.label()).isNull();
    assertThat(demo.getSample(created.uuid())).isEqualTo(created);
    assertThat(demo.getSample(created.uuid(), "ground-truth", true).attributes())
        .isInstanceOf(ImageSampleAttributes.class);

    fails(AlreadyExistsException.class, 400, () -> demo.addSample(dataset, sample("cat.jpg")));
    fails(NotFoundException.class, 404, () -> demo.addSample("demo/" + unique("x"), sample("a")));
    Map<String, Object> pointcloud =
        Map.of("pcd", Map.of("url", "https://example.com/a.pcd", "type", "pcd"));
    ValidationException wrongShape =
        fails(ValidationException.class, 400, () -> demo.addSample(dataset, "a.pcd", pointcloud));
    assertThat(wrongShape.getMessage()).contains("image");
    fails(ValidationException.class, 0, () -> demo.addSample(dataset, "x", List.of()));
    assertThat(demo.getDataset(dataset).labelStats().total()).isEqualTo(1L);
  }

  @Test
  void addSamplesCreatesNewNamesAndReturnsExistingOnesUnchanged() {
    String dataset = ClientFixture.vectorDataset(demo, "bulk").fullName();
    List<Sample> first = addSamples(demo, dataset, List.of("a", "b"));
    List<Sample> second = addSamples(demo, dataset, List.of("b", "c", "c"));
    assertThat(second).extracting(Sample::name).containsExactly("b", "c", "c");
    assertThat(second.get(0)).isEqualTo(first.get(1));
    assertThat(second.get(1).uuid()).isEqualTo(second.get(2).uuid());
    assertThat(demo.getSamples(dataset)).extracting(Sample::name).containsExactly("a", "b", "c");
    assertThat(
            demo.addSamples(
                dataset,
                List.of(Map.of("name", "d", "attributes", Map.of("image", Map.of("url", "u"))))))
        .extracting(Sample::name)
        .containsExactly("d");
    List<Object> oneInvalid =
        List.of(sample("e"), Map.of("name", "f", "attributes", Map.of("frames", List.of())));
    fails(ValidationException.class, 400, () -> demo.addSamples(dataset, oneInvalid));
    assertThat(demo.getSamples(dataset)).as("all or nothing").hasSize(4);
  }

  @Test
  void updateSampleSendsOnlyTheChangedFieldsAndNullUnassigns() {
    String dataset = ClientFixture.vectorDataset(demo, "update").fullName();
    AddSampleRequest assigned =
        AddSampleRequest.builder("before.jpg", image("before"))
            .assignedLabeler("mary")
            .assignedReviewer("jane")
            .metadata(Map.of("k", "v"))
            .build();
    Sample created = demo.addSample(dataset, assigned);
    addSamples(demo, dataset, List.of("taken.jpg"));

    Sample unassigned =
        demo.updateSample(
            created.uuid(), UpdateSampleRequest.builder().assignedLabeler(null).build());
    assertThat(unassigned.assignedLabeler()).isNull();
    assertThat(unassigned.assignedReviewer()).as("not sent, unchanged").isEqualTo("jane");
    assertThat(unassigned.metadata()).containsExactly(Map.entry("k", "v"));
    assertThat(FIXTURE.emulator().requestLog().last().body())
        .contains("\"assigned_labeler\":null")
        .doesNotContain("assigned_reviewer");

    Sample renamed =
        demo.updateSample(
            created.uuid(),
            UpdateSampleRequest.builder()
                .name("after.jpg")
                .priority(9)
                .metadata(Map.of("k2", "v2"))
                .assignedReviewer("john")
                .build());
    assertThat(renamed.name()).isEqualTo("after.jpg");
    assertThat(renamed.priority()).isEqualTo(9.0);
    assertThat(renamed.metadata()).containsExactly(Map.entry("k2", "v2"));
    assertThat(renamed.assignedReviewer()).isEqualTo("john");
    assertThat(renamed.assignedLabeler()).isNull();
    assertThat(renamed.uuid()).isEqualTo(created.uuid());
    assertThat(renamed.createdAt()).isEqualTo(created.createdAt());
    assertThat(demo.getSample(created.uuid())).isEqualTo(renamed);

    fails(
        AlreadyExistsException.class,
        400,
        () ->
            demo.updateSample(
                created.uuid(), UpdateSampleRequest.builder().name("taken.jpg").build()));
    fails(
        NotFoundException.class,
        404,
        () ->
            demo.updateSample(
                unique("no-such-uuid"), UpdateSampleRequest.builder().readme("x").build()));
  }

  @Test
  void gzipOnAndOffSendTheSameSamples() {
    String dataset = ClientFixture.vectorDataset(demo, "gzip").fullName();
    for (boolean compression : List.of(true, false)) {
      SegmentsClient client =
          FIXTURE.builder(FIXTURE.emulator().apiKey()).compression(compression).build();
      String suffix = compression ? "-gz" : "-plain";
      Sample one = client.addSample(dataset, sample("one" + suffix));
      List<Sample> bulk = addSamples(client, dataset, List.of("two" + suffix, "three" + suffix));
      Sample updated =
          client.updateSample(
              one.uuid(), UpdateSampleRequest.builder().readme("ü" + suffix).build());
      Label label =
          client.addLabel(
              one.uuid(),
              "ground-truth",
              AddLabelRequest.builder(ClientFixture.box(3)).score(0.5).build());

      assertThat(updated.readme()).isEqualTo("ü" + suffix);
      assertThat(bulk).extracting(Sample::name).containsExactly("two" + suffix, "three" + suffix);
      assertThat(label.score()).isEqualTo(0.5);
      assertThat(label.attributes()).isEqualTo(ClientFixture.box(3));
      assertThat(FIXTURE.emulator().requestLog().entries())
          .filteredOn(
              r ->
                  List.of("addSample", "addSamples", "updateSample", "addLabel")
                      .contains(r.operation()))
          .hasSize(4)
          .allSatisfy(
              r -> {
                assertThat(r.header("Content-Encoding")).isEqualTo(compression ? "gzip" : null);
                assertThat(r.body()).matches("(?s)[\\[{].*[]}]").doesNotContain("\uFFFD");
              });
      assertThat(FIXTURE.emulator().requestLog().entries("updateSample").get(0).body())
          .contains("ü" + suffix);
      FIXTURE.emulator().requestLog().clear();
    }
  }

  @Test
  void deleteSampleAndDeleteSamplesRemoveExactlyTheKnownUuids() {
    String dataset = ClientFixture.vectorDataset(demo, "deletes").fullName();
    List<Sample> samples = addSamples(demo, dataset, List.of("a", "b", "c", "d"));
    demo.deleteSample(samples.get(0).uuid());
    fails(NotFoundException.class, 404, () -> demo.getSample(samples.get(0).uuid()));
    fails(NotFoundException.class, 404, () -> demo.deleteSample(samples.get(0).uuid()));

    DeleteSamplesResponse deleted =
        demo.deleteSamples(
            dataset,
            List.of(
                samples.get(0).uuid(),
                samples.get(1).uuid(),
                samples.get(2).uuid(),
                unique("nope")));
    assertThat(deleted.deletedCount()).isEqualTo(2L);
    assertThat(demo.getSamples(dataset)).extracting(Sample::name).containsExactly("d");
    assertThat(demo.getDataset(dataset).labelStats().total()).isEqualTo(1L);

    int before = FIXTURE.emulator().requestLog().size();
    fails(ValidationException.class, 0, () -> demo.deleteSamples(dataset, List.of()));
    List<String> tooMany = IntStream.range(0, 1001).mapToObj(i -> "uuid-" + i).toList();
    fails(ValidationException.class, 0, () -> demo.deleteSamples(dataset, tooMany));
    assertThat(FIXTURE.emulator().requestLog().size()).as("nothing sent").isEqualTo(before);
    assertThat(demo.deleteSamples(dataset, tooMany.subList(0, 1000)).deletedCount()).isZero();
    assertThat(demo.getSamples(dataset)).hasSize(1);
  }

  @Test
  void hostileSampleNamesRoundTripThroughCreateGetAndTheNameFilter() {
    String dataset = ClientFixture.vectorDataset(demo, "hostile-samples").fullName();
    for (String name : ClientFixture.HOSTILE_NAMES) {
      Sample created = demo.addSample(dataset, sample(name));
      assertThat(created.name()).isEqualTo(name);
      assertThat(demo.getSample(created.uuid()).name()).isEqualTo(name);
      assertThat(demo.getSamples(dataset, SampleQuery.builder().name(name).build()))
          .extracting(Sample::uuid)
          .containsExactly(created.uuid());
    }
    assertThat(demo.getSamples(dataset)).hasSize(ClientFixture.HOSTILE_NAMES.size());
    fails(NotFoundException.class, 404, () -> demo.getSample(unique("no-such-uuid")));
  }

  /**
   * Asserts that listing the street scenes with this query fails (see {@link ClientFixture#fails}).
   */
  private void rejected(
      Class<? extends SegmentsException> type, int status, SampleQuery.Builder query) {
    fails(type, status, () -> demo.getSamples(STREET, query.build()));
  }

  private List<String> names(SampleQuery query) {
    return demo.getSamples(STREET, query).stream().map(Sample::name).toList();
  }

  private static SampleQuery.Builder byStatus(LabelStatus status) {
    return SampleQuery.builder().labelStatus(status).perPage(25);
  }
}
