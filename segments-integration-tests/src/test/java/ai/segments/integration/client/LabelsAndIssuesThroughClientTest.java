package ai.segments.integration.client;

import static ai.segments.integration.client.ClientFixture.addSamples;
import static ai.segments.integration.client.ClientFixture.box;
import static ai.segments.integration.client.ClientFixture.fails;
import static ai.segments.integration.client.ClientFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.Asset;
import ai.segments.client.model.Issue;
import ai.segments.client.model.IssueStatus;
import ai.segments.client.model.Label;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Labelset;
import ai.segments.client.model.Location2d;
import ai.segments.client.model.LocationAnchor;
import ai.segments.client.model.Release;
import ai.segments.client.model.ReleaseStatus;
import ai.segments.client.model.Sample;
import ai.segments.client.model.SortDirection;
import ai.segments.client.model.TaskType;
import ai.segments.client.model.TrackAnchor;
import ai.segments.client.model.Workunit;
import ai.segments.client.model.WorkunitSortKey;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.paging.WorkunitQuery;
import ai.segments.client.request.AddIssueRequest;
import ai.segments.client.request.AddLabelRequest;
import ai.segments.client.request.UpdateIssueRequest;
import ai.segments.client.request.UpdateLabelRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Labels, labelsets, issues, releases, workunits and assets. */
class LabelsAndIssuesThroughClientTest {

  @RegisterExtension
  static final ClientFixture FIXTURE =
      new ClientFixture(builder -> builder.releaseDelay(Duration.ofMillis(300)));

  private final SegmentsClient demo = FIXTURE.demo();

  /** A new vector dataset with one sample; returns the sample. */
  private Sample freshSample(String prefix) {
    String dataset = ClientFixture.vectorDataset(demo, prefix).fullName();
    return addSamples(demo, dataset, List.of("image-1.jpg")).get(0);
  }

  @Test
  void labelsAreCreatedReplacedUpdatedAndDeleted() {
    Sample sample = freshSample("labels");
    String dataset = sample.datasetFullName();
    fails(NotFoundException.class, 404, () -> demo.getLabel(sample.uuid()));

    Label created = demo.addLabel(sample.uuid(), "ground-truth", box(1));
    assertThat(created.sampleUuid()).isEqualTo(sample.uuid());
    assertThat(created.labelType()).isEqualTo(TaskType.VECTOR);
    assertThat(created.labelStatus()).isEqualTo(LabelStatus.PRELABELED);
    assertThat(created.labelset()).isEqualTo("ground-truth");
    assertThat(created.attributes()).isEqualTo(box(1));
    assertThat(created.createdBy()).isEqualTo("demo");
    assertThat(demo.getLabel(sample.uuid())).isEqualTo(created);
    assertThat(demo.getDataset(dataset).labelStats().prelabeled()).isEqualTo(1L);

    Label replaced =
        demo.addLabel(
            sample.uuid(),
            "ground-truth",
            AddLabelRequest.builder(box(2)).labelStatus(LabelStatus.LABELED).score(0.25).build());
    assertThat(replaced.attributes()).isEqualTo(box(2));
    assertThat(replaced.labelStatus()).isEqualTo(LabelStatus.LABELED);
    assertThat(replaced.score()).isEqualTo(0.25);
    assertThat(replaced.createdAt()).isEqualTo(created.createdAt());
    assertThat(replaced.updatedAt()).isAfter(created.updatedAt());

    Label reviewed =
        demo.updateLabel(
            sample.uuid(),
            "ground-truth",
            UpdateLabelRequest.builder().labelStatus(LabelStatus.REVIEWED).build());
    assertThat(reviewed.labelStatus()).isEqualTo(LabelStatus.REVIEWED);
    assertThat(reviewed.attributes()).as("unchanged").isEqualTo(box(2));
    assertThat(reviewed.score()).as("unchanged").isEqualTo(0.25);
    assertThat(reviewed.reviewedBy()).isEqualTo("demo");
    assertThat(reviewed.reviewedAt()).isEqualTo(reviewed.updatedAt());
    assertThat(demo.getDataset(dataset).labelStats().reviewed()).isEqualTo(1L);
    assertThat(demo.getSample(sample.uuid(), "ground-truth", false).label()).isEqualTo(reviewed);

    Label cleared =
        demo.updateLabel(
            sample.uuid(), "ground-truth", UpdateLabelRequest.builder().score(null).build());
    assertThat(cleared.score()).as("an explicit null clears the score").isNull();
    assertThat(cleared.labelStatus()).isEqualTo(LabelStatus.REVIEWED);
    assertThat(demo.getLabel(sample.uuid()).score()).isNull();

    demo.deleteLabel(sample.uuid(), "ground-truth");
    fails(NotFoundException.class, 404, () -> demo.getLabel(sample.uuid()));
    fails(NotFoundException.class, 404, () -> demo.deleteLabel(sample.uuid(), "ground-truth"));
    assertThat(demo.getDataset(dataset).labelStats().unlabeled()).isEqualTo(1L);

    fails(NotFoundException.class, 404, () -> demo.addLabel(sample.uuid(), "nope", box(1)));
    fails(
        NotFoundException.class,
        404,
        () -> demo.addLabel(unique("no-uuid"), "ground-truth", box(1)));
    fails(ValidationException.class, 0, () -> demo.addLabel(sample.uuid(), "ground-truth", "x"));
    Map<String, Object> sequenceLabel = Map.of("format_version", "0.1", "frames", List.of());
    fails(
        ValidationException.class,
        400,
        () -> demo.addLabel(sample.uuid(), "ground-truth", sequenceLabel));
  }

  @Test
  void demoLabelsOfEveryTaskTypeParse() {
    for (String dataset : ClientFixture.DEMO_DATASETS) {
      TaskType type = demo.getDataset(dataset).taskType();
      List<Sample> labeled =
          demo.getSamples(
              dataset,
              SampleQuery.builder()
                  .labelset("ground-truth")
                  .includeFullLabel(true)
                  .labelStatus(LabelStatus.LABELED, LabelStatus.REVIEWED)
                  .perPage(3)
                  .build());
      assertThat(labeled).as(dataset).isNotEmpty();
      for (Sample sample : labeled) {
        Label label = demo.getLabel(sample.uuid());
        assertThat(label).isEqualTo(sample.label());
        assertThat(label.labelType()).isEqualTo(type);
        assertThat(label.attributes()).as("%s label attributes", dataset).isNotNull();
        assertThat(sample.attributes()).as("%s sample attributes", dataset).isNotNull();
      }
    }
  }

  @Test
  void labelsetsAreListedAddedAndDeletedWithTheirLabels() {
    Sample sample = freshSample("labelsets");
    String dataset = sample.datasetFullName();
    assertThat(demo.getLabelsets(dataset))
        .extracting(Labelset::name, Labelset::isGroundtruth)
        .containsExactly(tuple("ground-truth", true));

    for (String name : ClientFixture.HOSTILE_NAMES) {
      Labelset added = demo.addLabelset(dataset, name, "Model " + name);
      assertThat(added.name()).isEqualTo(name);
      assertThat(added.description()).isEqualTo("Model " + name);
      assertThat(added.isGroundtruth()).isFalse();
      assertThat(demo.getLabelset(dataset, name)).isEqualTo(added);
      Label label =
          demo.addLabel(sample.uuid(), name, AddLabelRequest.builder(box(4)).score(0.9).build());
      assertThat(label.labelset()).isEqualTo(name);
      assertThat(demo.getLabel(sample.uuid(), name)).isEqualTo(label);
    }
    assertThat(demo.getLabelsets(dataset)).hasSize(1 + ClientFixture.HOSTILE_NAMES.size());
    fails(
        AlreadyExistsException.class, 400, () -> demo.addLabelset(dataset, ClientFixture.HOSTILE));

    demo.deleteLabelset(dataset, ClientFixture.HOSTILE);
    fails(NotFoundException.class, 404, () -> demo.getLabelset(dataset, ClientFixture.HOSTILE));
    fails(NotFoundException.class, 404, () -> demo.getLabel(sample.uuid(), ClientFixture.HOSTILE));
    fails(NotFoundException.class, 404, () -> demo.deleteLabelset(dataset, ClientFixture.HOSTILE));
    fails(ValidationException.class, 400, () -> demo.deleteLabelset(dataset, "ground-truth"));
    fails(ValidationException.class, 0, () -> demo.addLabelset(dataset, ".."));
  }

  @Test
  void issuesCarryTypedAnchorsThroughTheirLifecycle() {
    Sample sample = freshSample("issues");
    LocationAnchor anchor = new LocationAnchor(new Location2d(10.5, 20.25), null, null);
    Issue created =
        demo.addIssue(
            sample.uuid(), AddIssueRequest.builder("Box too loose.").anchor(anchor).build());
    assertThat(created.description()).isEqualTo("Box too loose.");
    assertThat(created.status()).isEqualTo(IssueStatus.OPEN);
    assertThat(created.anchor()).isEqualTo(anchor);
    assertThat(created.sampleUuid()).isEqualTo(sample.uuid());
    assertThat(created.sampleName()).isEqualTo(sample.name());
    assertThat(created.comments()).isEmpty();
    assertThat(created.createdBy()).isEqualTo("demo");

    Issue plain = demo.addIssue(sample.uuid(), "Wrong class.");
    assertThat(plain.anchor()).isNull();
    assertThat(demo.getIssues(sample.datasetFullName()))
        .extracting(Issue::uuid)
        .containsExactly(created.uuid(), plain.uuid());
    assertThat(
            demo.getSamples(
                    sample.datasetFullName(),
                    SampleQuery.builder().labelset("ground-truth").includeFullLabel(true).build())
                .get(0)
                .issues())
        .containsExactly(created, plain);

    TrackAnchor track = new TrackAnchor(7, null, null, 3);
    Issue closed =
        demo.updateIssue(
            created.uuid(),
            UpdateIssueRequest.builder().status(IssueStatus.CLOSED).anchor(track).build());
    assertThat(closed.status()).isEqualTo(IssueStatus.CLOSED);
    assertThat(closed.anchor()).isEqualTo(track);
    assertThat(closed.description()).as("unchanged").isEqualTo("Box too loose.");
    assertThat(closed.updatedAt()).isAfter(created.updatedAt());

    Issue unanchored =
        demo.updateIssue(closed.uuid(), UpdateIssueRequest.builder().anchor(null).build());
    assertThat(unanchored.anchor()).as("an explicit null removes the anchor").isNull();
    assertThat(unanchored.status()).isEqualTo(IssueStatus.CLOSED);

    demo.deleteIssue(plain.uuid());
    assertThat(demo.getIssues(sample.datasetFullName())).containsExactly(unanchored);
    fails(NotFoundException.class, 404, () -> demo.deleteIssue(plain.uuid()));
    fails(
        NotFoundException.class,
        404,
        () ->
            demo.updateIssue(plain.uuid(), UpdateIssueRequest.builder().description("x").build()));
    fails(NotFoundException.class, 404, () -> demo.addIssue(unique("no-uuid"), "x"));
    AddIssueRequest noTrackNumber =
        AddIssueRequest.builder("x").anchor(Map.of("type", "track")).build();
    fails(ValidationException.class, 0, () -> demo.addIssue(sample.uuid(), noTrackNumber));
  }

  @Test
  void seededIssuesParseWithTheirAnchorsAndComments() {
    List<Issue> flowers = demo.getIssues("demo/flowers");
    assertThat(flowers)
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.anchor()).isInstanceOf(LocationAnchor.class));
    assertThat(flowers).extracting(Issue::status).contains(IssueStatus.OPEN, IssueStatus.CLOSED);
    assertThat(demo.getIssues("demo/lidar-scenes"))
        .isNotEmpty()
        .allSatisfy(
            i -> {
              TrackAnchor anchor = (TrackAnchor) i.anchor();
              assertThat(anchor.trackNumber()).isEqualTo(1);
              assertThat(anchor.sensor()).isEqualTo("Lidar");
            });
    assertThat(flowers.stream().flatMap(i -> i.comments().stream()))
        .allSatisfy(c -> assertThat(c.text()).isNotBlank());
  }

  @Test
  void releasesArePendingThenSucceedWithADownloadableFile() throws IOException {
    Sample sample = freshSample("releases");
    String dataset = sample.datasetFullName();
    demo.addLabel(sample.uuid(), "ground-truth", box(5));

    Release pending = demo.addRelease(dataset, "v1", "First.");
    assertThat(pending.status()).isEqualTo(ReleaseStatus.PENDING);
    assertThat(pending.attributes().url()).isNull();
    assertThat(pending.samplesCount()).isEqualTo(1L);
    assertThat(pending.description()).isEqualTo("First.");
    assertThat(pending.releaseType()).isEqualTo("JSON");
    fails(AlreadyExistsException.class, 400, () -> demo.addRelease(dataset, "v1"));

    Release done =
        ClientFixture.await(
            () -> demo.getRelease(dataset, "v1"), r -> r.status() != ReleaseStatus.PENDING);
    assertThat(done.status()).isEqualTo(ReleaseStatus.SUCCEEDED);
    assertThat(done.uuid()).isEqualTo(pending.uuid());
    assertThat(done.attributes().url()).startsWith(FIXTURE.emulator().baseUrl());
    assertThat(demo.getReleases(dataset)).containsExactly(done);

    JsonNode file = new ObjectMapper().readTree(ClientFixture.download(done.attributes().url()));
    assertThat(file.path("name").asText()).isEqualTo("v1");
    JsonNode released = file.path("dataset").path("samples").get(0);
    assertThat(released.path("uuid").asText()).isEqualTo(sample.uuid());
    assertThat(released.path("labels").path("ground-truth").path("label_status").asText())
        .isEqualTo("PRELABELED");

    demo.deleteRelease(dataset, "v1");
    fails(NotFoundException.class, 404, () -> demo.getRelease(dataset, "v1"));
    assertThat(demo.getReleases(dataset)).isEmpty();
    assertThat(demo.getReleases("demo/flowers"))
        .extracting(Release::name, Release::status)
        .containsExactly(tuple("v1.0", ReleaseStatus.SUCCEEDED));
  }

  @Test
  void labelChangesRecordWorkunits() {
    Sample sample = freshSample("workunits");
    String dataset = sample.datasetFullName();
    assertThat(demo.getWorkunits(dataset)).isEmpty();

    demo.addLabel(sample.uuid(), "ground-truth", box(1));
    demo.updateLabel(
        sample.uuid(),
        "ground-truth",
        UpdateLabelRequest.builder().labelStatus(LabelStatus.LABELED).build());
    demo.updateLabel(
        sample.uuid(),
        "ground-truth",
        UpdateLabelRequest.builder().labelStatus(LabelStatus.REVIEWED).build());

    List<Workunit> newestFirst = demo.getWorkunits(dataset);
    assertThat(newestFirst)
        .extracting(Workunit::workType, Workunit::nextLabelStatus)
        .containsExactly(
            tuple("review", "REVIEWED"), tuple("label", "LABELED"), tuple("label", "PRELABELED"));
    assertThat(newestFirst)
        .allSatisfy(
            w -> {
              assertThat(w.sampleUuid()).isEqualTo(sample.uuid());
              assertThat(w.sampleName()).isEqualTo(sample.name());
              assertThat(w.createdBy()).isEqualTo("demo");
              assertThat(w.time()).isPositive();
              assertThat(w.sessionTimeMetrics()).isNullOrEmpty();
            });

    WorkunitQuery oldestFirst =
        WorkunitQuery.builder()
            .sort(WorkunitSortKey.CREATED_AT, SortDirection.ASC)
            .perPage(2)
            .includeSessionTimeMetrics(true)
            .build();
    List<Workunit> streamed = demo.streamWorkunits(dataset, oldestFirst).toList();
    List<String> expected = new ArrayList<>(newestFirst.stream().map(Workunit::uuid).toList());
    Collections.reverse(expected);
    assertThat(streamed).extracting(Workunit::uuid).isEqualTo(expected);
    assertThat(streamed)
        .allSatisfy(
            w ->
                assertThat(w.sessionTimeMetrics())
                    .containsEntry("active_time", w.time().intValue()));
    assertThat(
            demo.getWorkunits(
                dataset,
                WorkunitQuery.builder().start(newestFirst.get(1).createdAt().toString()).build()))
        .hasSize(2);
    fails(
        ValidationException.class,
        0,
        () -> demo.getWorkunits(dataset, WorkunitQuery.builder().perPage(0).build()));
    fails(
        NotFoundException.class,
        404,
        () -> demo.getWorkunits(dataset, WorkunitQuery.builder().page(2).build()));
    assertThat(demo.streamWorkunits("demo/street-scenes").count())
        .isEqualTo(
            demo.getDataset("demo/street-scenes").labelStats().total()
                - demo.getDataset("demo/street-scenes").labelStats().unlabeled());
  }

  @Test
  void uploadedAssetsAreServedAtTheirUrl(@TempDir Path dir) throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff, '\r', '\n'};
    Asset asset = demo.uploadAsset(png, "mask " + ClientFixture.HOSTILE + ".png");
    assertThat(asset.filename()).isEqualTo("mask " + ClientFixture.HOSTILE + ".png");
    assertThat(asset.url()).startsWith(FIXTURE.emulator().baseUrl()).endsWith(".png");
    assertThat(asset.presignedPostFields().fields()).containsKeys("key", "policy");
    assertThat(ClientFixture.download(asset.url())).isEqualTo(png);

    Path file = Files.writeString(dir.resolve("notes.txt"), "héllo", StandardCharsets.UTF_8);
    Asset fromFile = demo.uploadAsset(file);
    assertThat(fromFile.uuid()).isNotEqualTo(asset.uuid());
    assertThat(new String(ClientFixture.download(fromFile.url()), StandardCharsets.UTF_8))
        .isEqualTo("héllo");
    fails(ValidationException.class, 0, () -> demo.uploadAsset(new byte[0], " "));
  }
}
