package ai.segments.integration.client;

import static ai.segments.integration.client.ClientFixture.JANE;
import static ai.segments.integration.client.ClientFixture.JOHN;
import static ai.segments.integration.client.ClientFixture.MARY;
import static ai.segments.integration.client.ClientFixture.fails;
import static ai.segments.integration.client.ClientFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.AuthorizationException;
import ai.segments.client.exception.CollaboratorException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.Category;
import ai.segments.client.model.Collaborator;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.LabelStats;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Role;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.model.User;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.CloneDatasetRequest;
import ai.segments.client.request.DatasetFlag;
import ai.segments.client.request.UpdateDatasetRequest;
import ai.segments.client.request.UpdateLabelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Users, datasets (list, pages, create, update, delete, clone) and collaborators. */
class DatasetsThroughClientTest {

  @RegisterExtension static final ClientFixture FIXTURE = new ClientFixture();

  private final SegmentsClient demo = FIXTURE.demo();

  @Test
  void usersAndOrganizationsParse() {
    User me = demo.getUser();
    assertThat(me.username()).isEqualTo("demo");
    assertThat(me.isOrganization()).isFalse();
    assertThat(me.createdAt()).isNotNull();

    User jane = FIXTURE.client(JANE).getUser();
    assertThat(jane.email()).isEqualTo("jane@example.com");
    assertThat(jane.organizations()).extracting(User::username).containsExactly("acme-robotics");
    assertThat(jane.organizations().get(0).organizationRole()).isEqualTo(Role.ADMIN);

    User org = demo.getUser("acme-robotics");
    assertThat(org.isOrganization()).isTrue();
    assertThat(org.members())
        .extracting(User::username, User::organizationRole)
        .containsExactly(tuple("jane", Role.ADMIN), tuple("john", Role.LABELER));
    fails(NotFoundException.class, 404, () -> demo.getUser("nobody-" + unique("u")));
  }

  @Test
  void theDemoDatasetsParseWithConsistentLabelStats() {
    List<Dataset> datasets = demo.getDatasets();
    assertThat(datasets).extracting(Dataset::fullName).containsAll(ClientFixture.DEMO_DATASETS);
    for (String id : ClientFixture.DEMO_DATASETS) {
      Dataset dataset = demo.getDataset(id);
      LabelStats stats = dataset.labelStats();
      assertThat(dataset.owner().username()).isEqualTo("demo");
      assertThat(dataset.role()).isEqualTo("admin");
      assertThat(dataset.taskType()).isNotIn(TaskType.UNKNOWN, TaskType.EMPTY);
      assertThat(stats.total()).isEqualTo(dataset.samplesCount()).isPositive();
      assertThat(
              stats.reviewed()
                  + stats.reviewingInProgress()
                  + stats.labeled()
                  + stats.labelingInProgress()
                  + stats.rejected()
                  + stats.prelabeled()
                  + stats.skipped()
                  + stats.verified()
                  + stats.unlabeled())
          .as("statuses of %s add up to TOTAL", id)
          .isEqualTo(stats.total());
      assertThat(dataset.labelsets()).extracting("name").contains("ground-truth");
    }
    assertThat(demo.getDataset("demo/flowers").labelsets())
        .extracting("name")
        .containsExactly("ground-truth", "predictions");
  }

  @Test
  void datasetPagesHaveAnEmptyFirstPageALastPageAndBounds() {
    SegmentsClient mary = FIXTURE.client(MARY);
    assertThat(mary.getDatasets()).isEmpty();
    assertThat(mary.streamDatasets()).isEmpty();
    fails(NotFoundException.class, 404, () -> mary.getDatasets(null, 10, 2));

    List<Dataset> all = demo.getDatasets();
    int pages = (all.size() + 2) / 3;
    List<Dataset> paged = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      List<Dataset> chunk = demo.getDatasets(null, 3, page);
      assertThat(chunk).hasSize(Math.min(3, all.size() - (page - 1) * 3));
      paged.addAll(chunk);
    }
    assertThat(paged).isEqualTo(all);
    assertThat(demo.streamDatasets().toList()).isEqualTo(all);
    fails(NotFoundException.class, 404, () -> demo.getDatasets(null, 3, pages + 1));
    assertThat(demo.getDatasets(null, 1000, 1)).hasSameSizeAs(all);

    int before = FIXTURE.emulator().requestLog().size();
    fails(ValidationException.class, 0, () -> demo.getDatasets(null, 0, 1));
    fails(ValidationException.class, 0, () -> demo.getDatasets(null, 10, 0));
    ValidationException tooMany =
        fails(ValidationException.class, 0, () -> demo.getDatasets(null, 1001, 1));
    assertThat(tooMany.getMessage()).contains("perPage must be between 1 and 1000");
    assertThat(FIXTURE.emulator().requestLog().size()).isEqualTo(before);
  }

  @Test
  void otherUsersListShowsOnlyWhatTheCallerMaySee() {
    assertThat(demo.getDatasets("jane"))
        .extracting(Dataset::fullName, Dataset::isPublic, Dataset::role)
        .containsExactly(tuple("jane/public-garden", true, null));
    assertThat(FIXTURE.client(JOHN).getDatasets("jane"))
        .extracting(Dataset::fullName)
        .containsExactlyInAnyOrder("jane/flowers", "jane/public-garden");
    assertThat(FIXTURE.client(JANE).streamDatasets("acme-robotics"))
        .extracting(Dataset::fullName, Dataset::role)
        .contains(tuple("acme-robotics/lidar", "admin"))
        .allSatisfy(row -> assertThat(row.toList().get(0)).asString().startsWith("acme-robotics/"));
    fails(NotFoundException.class, 404, () -> demo.getDatasets(unique("ghost")));
  }

  @Test
  void addDatasetRoundTripsEverySettingAndRejectsDuplicates() {
    String name = unique("garden-boxes");
    AddDatasetRequest request =
        AddDatasetRequest.builder(name)
            .description("Boxes around flowers.")
            .taskType(TaskType.VECTOR)
            .category(Category.GARDEN)
            .readme("# Flowers")
            .metadata(Map.of("team", "vision", "version", 3))
            .labelingInactivityTimeoutSeconds(120)
            .flag(DatasetFlag.ENABLE_RATINGS, true)
            .flag(DatasetFlag.ENABLE_SKIP_LABELING, false)
            .build();
    Dataset created = demo.addDataset(request);

    assertThat(created.fullName()).isEqualTo("demo/" + name);
    assertThat(created.description()).isEqualTo("Boxes around flowers.");
    assertThat(created.taskType()).isEqualTo(TaskType.VECTOR);
    assertThat(created.category()).isEqualTo(Category.GARDEN);
    assertThat(created.readme()).isEqualTo("# Flowers");
    assertThat(created.metadata()).containsEntry("team", "vision").containsEntry("version", 3);
    assertThat(created.labelingInactivityTimeoutSeconds()).isEqualTo(120L);
    assertThat(created.enableRatings()).isTrue();
    assertThat(created.enableSkipLabeling()).isFalse();
    assertThat(created.isPublic()).isFalse();
    assertThat(created.clonedFrom()).isNull();
    assertThat(created.labelStats().total()).isZero();
    assertThat(created.taskAttributes().categories()).extracting("name").containsExactly("object");
    assertThat(demo.getDataset(created.fullName())).isEqualTo(created);

    AlreadyExistsException duplicate =
        fails(AlreadyExistsException.class, 400, () -> demo.addDataset(name));
    assertThat(duplicate.getMessage()).contains("already exists");
    assertThat(FIXTURE.client(JANE).addDataset(name).fullName()).isEqualTo("jane/" + name);

    fails(ValidationException.class, 0, () -> demo.addDataset(" "));
  }

  @Test
  void organizationDatasetsNeedMembership() {
    String name = unique("org-data");
    Dataset created =
        FIXTURE
            .client(JOHN)
            .addDataset(AddDatasetRequest.builder(name).organization("acme-robotics").build());
    assertThat(created.fullName()).isEqualTo("acme-robotics/" + name);
    assertThat(created.owner().username()).isEqualTo("acme-robotics");
    assertThat(created.role()).isEqualTo("labeler");
    fails(
        AuthorizationException.class,
        403,
        () ->
            FIXTURE
                .client(MARY)
                .addDataset(AddDatasetRequest.builder(name).organization("acme-robotics").build()));
    fails(
        NotFoundException.class,
        404,
        () -> demo.addDataset(AddDatasetRequest.builder(name).organization(unique("org")).build()));
  }

  @Test
  void updateDatasetChangesOnlyTheSentFields() {
    Dataset dataset = ClientFixture.vectorDataset(demo, "to-update");
    Dataset updated =
        demo.updateDataset(
            dataset.fullName(),
            UpdateDatasetRequest.builder()
                .description("Now public.")
                .isPublic(true)
                .metadata(Map.of("stage", "beta"))
                .flag(DatasetFlag.ENABLE_SAVE_BUTTON, true)
                .build());
    assertThat(updated.description()).isEqualTo("Now public.");
    assertThat(updated.isPublic()).isTrue();
    assertThat(updated.metadata()).containsExactly(Map.entry("stage", "beta"));
    assertThat(updated.enableSaveButton()).isTrue();
    assertThat(updated.taskType()).isEqualTo(TaskType.VECTOR);
    assertThat(updated.category()).isEqualTo(dataset.category());
    assertThat(updated.createdAt()).isEqualTo(dataset.createdAt());
    assertThat(demo.getDataset(dataset.fullName())).isEqualTo(updated);
    assertThat(FIXTURE.client(MARY).getDataset(dataset.fullName()).role()).isNull();

    fails(
        NotFoundException.class,
        404,
        () ->
            demo.updateDataset(
                "demo/" + unique("missing"),
                UpdateDatasetRequest.builder().description("x").build()));
  }

  @Test
  void deleteDatasetRemovesItAndItsSamples() {
    Dataset dataset = ClientFixture.vectorDataset(demo, "to-delete");
    Sample sample = ClientFixture.addSamples(demo, dataset.fullName(), List.of("only.jpg")).get(0);
    demo.deleteDataset(dataset.fullName());
    fails(NotFoundException.class, 404, () -> demo.getDataset(dataset.fullName()));
    fails(NotFoundException.class, 404, () -> demo.getSample(sample.uuid()));
    fails(NotFoundException.class, 404, () -> demo.deleteDataset(dataset.fullName()));
    assertThat(demo.getDatasets()).extracting(Dataset::fullName).doesNotContain(dataset.fullName());
    fails(ValidationException.class, 0, () -> demo.deleteDataset("no-slash"));
  }

  @Test
  void cloneWithoutLabelsCopiesSamplesOnly() {
    Dataset source = demo.getDataset("demo/flowers");
    Dataset clone = demo.cloneDataset("demo/flowers");
    assertThat(clone.fullName()).isEqualTo("demo/flowers-clone");
    assertThat(clone.clonedFrom()).isEqualTo("demo/flowers");
    assertThat(clone.taskType()).isEqualTo(source.taskType());
    assertThat(clone.taskAttributes()).isEqualTo(source.taskAttributes());
    assertThat(clone.labelStats().total()).isEqualTo(source.labelStats().total());
    assertThat(clone.labelStats().unlabeled()).isEqualTo(source.labelStats().total());
    assertThat(demo.streamSamples(clone.fullName()).map(Sample::name))
        .containsExactlyElementsOf(demo.streamSamples("demo/flowers").map(Sample::name).toList());
    fails(AlreadyExistsException.class, 400, () -> demo.cloneDataset("demo/flowers"));
    fails(NotFoundException.class, 404, () -> demo.cloneDataset("jane/flowers"));
  }

  @Test
  void cloneWithLabelsCopiesIndependentLabels() {
    String name = unique("street-copy");
    Dataset source = demo.getDataset("demo/street-scenes");
    Dataset clone =
        demo.cloneDataset(
            "demo/street-scenes",
            CloneDatasetRequest.builder().newName(name).newPublic(true).cloneLabels(true).build());
    assertThat(clone.fullName()).isEqualTo("demo/" + name);
    assertThat(clone.isPublic()).isTrue();
    assertThat(clone.labelStats()).isEqualTo(source.labelStats());

    Sample labeled =
        demo.streamSamples(
                clone.fullName(),
                SampleQuery.builder().labelStatus(LabelStatus.LABELED).perPage(1).build())
            .findFirst()
            .orElseThrow();
    demo.updateLabel(
        labeled.uuid(),
        "ground-truth",
        UpdateLabelRequest.builder().labelStatus(LabelStatus.VERIFIED).build());
    assertThat(demo.getLabel(labeled.uuid()).labelStatus()).isEqualTo(LabelStatus.VERIFIED);
    assertThat(demo.getDataset(clone.fullName()).labelStats().verified())
        .isEqualTo(source.labelStats().verified() + 1);
    assertThat(demo.getDataset("demo/street-scenes").labelStats())
        .as("the source's labels are not shared with the clone")
        .isEqualTo(source.labelStats());
  }

  @Test
  void hostileDatasetNamesRoundTrip() {
    for (String hostile : ClientFixture.HOSTILE_NAMES) {
      String name = unique(hostile);
      Dataset created = demo.addDataset(name);
      assertThat(created.name()).isEqualTo(name);
      assertThat(created.fullName()).isEqualTo("demo/" + name);
      assertThat(demo.getDataset("demo/" + name)).isEqualTo(created);
      ClientFixture.addSamples(demo, "demo/" + name, List.of(name));
      assertThat(demo.getSamples("demo/" + name)).extracting(Sample::name).containsExactly(name);
      demo.deleteDataset("demo/" + name);
      fails(NotFoundException.class, 404, () -> demo.getDataset("demo/" + name));
    }
  }

  @Test
  void collaboratorsCanBeAddedChangedAndRemoved() {
    Dataset dataset = ClientFixture.vectorDataset(demo, "team-work");
    String id = dataset.fullName();
    Collaborator added = demo.addDatasetCollaborator(id, "mary");
    assertThat(added.user().username()).isEqualTo("mary");
    assertThat(added.role()).isEqualTo(Role.LABELER);
    assertThat(demo.getDatasetCollaborator(id, "mary")).isEqualTo(added);
    assertThat(demo.getDataset(id).collaboratorsCount()).isEqualTo(1L);

    Collaborator promoted = demo.updateDatasetCollaborator(id, "mary", Role.MANAGER);
    assertThat(promoted.role()).isEqualTo(Role.MANAGER);
    assertThat(FIXTURE.client(MARY).getDataset(id).role()).isEqualTo("manager");

    fails(CollaboratorException.class, 400, () -> demo.addDatasetCollaborator(id, "mary"));
    fails(CollaboratorException.class, 400, () -> demo.addDatasetCollaborator(id, "demo"));
    fails(CollaboratorException.class, 400, () -> demo.addDatasetCollaborator(id, "acme-robotics"));
    fails(NotFoundException.class, 404, () -> demo.addDatasetCollaborator(id, unique("nobody")));

    demo.deleteDatasetCollaborator(id, "mary");
    fails(NotFoundException.class, 404, () -> demo.getDatasetCollaborator(id, "mary"));
    fails(NotFoundException.class, 404, () -> demo.deleteDatasetCollaborator(id, "mary"));
    fails(NotFoundException.class, 404, () -> FIXTURE.client(MARY).getDataset(id));
    fails(ValidationException.class, 0, () -> demo.addDatasetCollaborator(id, " "));
  }
}
