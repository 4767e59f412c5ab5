package ai.segments.integration.client;

import static ai.segments.integration.client.ClientFixture.JANE;
import static ai.segments.integration.client.ClientFixture.JOHN;
import static ai.segments.integration.client.ClientFixture.MARY;
import static ai.segments.integration.client.ClientFixture.box;
import static ai.segments.integration.client.ClientFixture.fails;
import static ai.segments.integration.client.ClientFixture.sample;
import static ai.segments.integration.client.ClientFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.exception.AuthorizationException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Role;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.UpdateDatasetRequest;
import ai.segments.client.request.UpdateSampleRequest;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Authentication, visibility of other users' datasets and collaborator roles. */
class AccessThroughClientTest {

  @RegisterExtension static final ClientFixture FIXTURE = new ClientFixture();

  private static final String PRIVATE = "jane/flowers";
  private static final String PUBLIC = "jane/public-garden";

  private static Sample privateSample;
  private static Sample publicSample;

  private final SegmentsClient demo = FIXTURE.demo();
  private final SegmentsClient jane = FIXTURE.client(JANE);

  @BeforeAll
  static void samples() {
    SegmentsClient jane = FIXTURE.client(JANE);
    privateSample = jane.getSamples(PRIVATE).get(0);
    publicSample = jane.addSample(PUBLIC, sample("public.jpg"));
  }

  @Test
  void unknownKeysAreAuthenticationFailures() {
    SegmentsClient stranger = FIXTURE.client("not-a-key");
    fails(AuthenticationException.class, 401, stranger::getUser);
    fails(AuthenticationException.class, 401, stranger::getDatasets);
    fails(AuthenticationException.class, 401, () -> stranger.getDataset(PUBLIC));
    fails(AuthenticationException.class, 401, () -> stranger.getSample(publicSample.uuid()));
    fails(AuthenticationException.class, 401, () -> stranger.addDataset(unique("x")));
    assertThat(demo.withApiKey(JANE).getUser().username()).isEqualTo("jane");
    assertThat(FIXTURE.client(JOHN).withApiKey("john-key-2").getUser().username())
        .isEqualTo("john");
  }

  @Test
  void anotherUsersPrivateDatasetIsNotFoundEverywhere() {
    List<Runnable> calls =
        List.of(
            () -> demo.getDataset(PRIVATE),
            () -> demo.getSamples(PRIVATE),
            () -> demo.getSample(privateSample.uuid()),
            () -> demo.getLabel(privateSample.uuid()),
            () -> demo.getIssues(PRIVATE),
            () -> demo.getLabelsets(PRIVATE),
            () -> demo.getLabelset(PRIVATE, "ground-truth"),
            () -> demo.getReleases(PRIVATE),
            () -> demo.getWorkunits(PRIVATE),
            () -> demo.getDatasetCollaborator(PRIVATE, "john"),
            () -> demo.addSample(PRIVATE, sample("x")),
            () ->
                demo.updateSample(
                    privateSample.uuid(), UpdateSampleRequest.builder().readme("x").build()),
            () -> demo.addLabel(privateSample.uuid(), "ground-truth", box(1)),
            () -> demo.addIssue(privateSample.uuid(), "x"),
            () -> demo.deleteSample(privateSample.uuid()),
            () -> demo.deleteDataset(PRIVATE),
            () -> demo.cloneDataset(PRIVATE));
    calls.forEach(call -> fails(NotFoundException.class, 404, call::run));
    assertThat(demo.getDatasets("jane")).extracting(Dataset::fullName).doesNotContain(PRIVATE);
    assertThat(jane.getSample(privateSample.uuid())).isEqualTo(privateSample);
    assertThat(jane.getDataset(PRIVATE).labelStats().total()).isEqualTo(2L);
  }

  @Test
  void aPublicDatasetIsReadableButNotWritable() {
    Dataset dataset = demo.getDataset(PUBLIC);
    assertThat(dataset.isPublic()).isTrue();
    assertThat(dataset.role()).isNull();
    assertThat(demo.getSamples(PUBLIC)).extracting(Sample::uuid).contains(publicSample.uuid());
    assertThat(demo.getSample(publicSample.uuid())).isEqualTo(publicSample);
    assertThat(demo.getLabelsets(PUBLIC)).hasSize(1);

    List<Runnable> writes =
        List.of(
            () -> demo.addSample(PUBLIC, sample(unique("x"))),
            () ->
                demo.updateDataset(PUBLIC, UpdateDatasetRequest.builder().description("x").build()),
            () -> demo.deleteDataset(PUBLIC),
            () -> demo.addLabelset(PUBLIC, unique("x")),
            () -> demo.addRelease(PUBLIC, unique("x")),
            () -> demo.deleteSample(publicSample.uuid()),
            () -> demo.addDatasetCollaborator(PUBLIC, "mary"),
            () -> demo.getWorkunits(PUBLIC));
    writes.forEach(call -> fails(AuthorizationException.class, 403, call::run));
    assertThat(jane.getDataset(PUBLIC).description()).isEmpty();
    assertThat(jane.getSamples(PUBLIC)).hasSize(1);
    Dataset clone = demo.cloneDataset(PUBLIC);
    assertThat(clone.fullName()).isEqualTo("demo/public-garden-clone");
    assertThat(clone.clonedFrom()).isEqualTo(PUBLIC);
  }

  /** What a collaborator tries, and the least role that may do it. */
  private record Attempt(
      String what, Role minimum, BiFunction<SegmentsClient, String, Object> call) {}

  private static final List<Attempt> ATTEMPTS =
      List.of(
          new Attempt("getDataset", Role.LABELER, SegmentsClient::getDataset),
          new Attempt(
              "addLabel",
              Role.LABELER,
              (c, d) -> c.addLabel(firstSample(c, d), "ground-truth", box(2))),
          new Attempt("addIssue", Role.LABELER, (c, d) -> c.addIssue(firstSample(c, d), "Check.")),
          new Attempt("getWorkunits", Role.REVIEWER, SegmentsClient::getWorkunits),
          new Attempt("addSample", Role.MANAGER, (c, d) -> c.addSample(d, sample("added.jpg"))),
          new Attempt("addLabelset", Role.MANAGER, (c, d) -> c.addLabelset(d, "predictions")),
          new Attempt("addRelease", Role.MANAGER, (c, d) -> c.addRelease(d, "v1")),
          new Attempt(
              "updateDataset",
              Role.MANAGER,
              (c, d) ->
                  c.updateDataset(
                      d, UpdateDatasetRequest.builder().description("By a collaborator.").build())),
          new Attempt(
              "addDatasetCollaborator", Role.ADMIN, (c, d) -> c.addDatasetCollaborator(d, "john")),
          new Attempt(
              "deleteDataset",
              Role.ADMIN,
              (c, d) -> {
                c.deleteDataset(d);
                return d;
              }));

  private static String firstSample(SegmentsClient client, String dataset) {
    return client.getSamples(dataset).get(0).uuid();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void collaboratorRolesAllowExactlyTheirOperations(Role role) {
    Dataset dataset =
        jane.addDataset(
            AddDatasetRequest.builder(unique("roles-" + role.value()))
                .taskType(TaskType.VECTOR)
                .build());
    String id = dataset.fullName();
    jane.addSample(id, sample("seeded.jpg"));
    jane.addDatasetCollaborator(id, "mary", role);
    SegmentsClient mary = FIXTURE.client(MARY);
    assertThat(mary.getDataset(id).role()).isEqualTo(role.value());

    for (Attempt attempt : ATTEMPTS) {
      if (role.compareTo(attempt.minimum()) >= 0) {
        assertThat(attempt.call().apply(mary, id)).as(attempt.what()).isNotNull();
      } else {
        fails(AuthorizationException.class, 403, () -> attempt.call().apply(mary, id));
      }
    }

    if (role == Role.ADMIN) {
      fails(NotFoundException.class, 404, () -> jane.getDataset(id));
      return;
    }
    Dataset after = jane.getDataset(id);
    boolean manager = role.compareTo(Role.MANAGER) >= 0;
    assertThat(after.labelStats().total()).isEqualTo(manager ? 2L : 1L);
    assertThat(after.labelStats().prelabeled()).as("the labeler's label").isEqualTo(1L);
    assertThat(jane.getIssues(id)).extracting("createdBy").containsExactly("mary");
    assertThat(after.labelsets()).hasSize(manager ? 2 : 1);
    assertThat(jane.getReleases(id)).hasSize(manager ? 1 : 0);
    assertThat(after.description()).isEqualTo(manager ? "By a collaborator." : "");
    assertThat(after.collaboratorsCount()).isEqualTo(1L);
  }

  @Test
  void organizationMembersHaveTheirOrganizationRole() {
    String lidar = "acme-robotics/lidar";
    SegmentsClient john = FIXTURE.client(JOHN);
    assertThat(john.getDataset(lidar).role()).isEqualTo("labeler");
    assertThat(jane.getDataset(lidar).role()).isEqualTo("admin");
    fails(AuthorizationException.class, 403, () -> john.addLabelset(lidar, "john-set"));
    assertThat(jane.addLabelset(lidar, "jane-set").name()).isEqualTo("jane-set");
    fails(NotFoundException.class, 404, () -> FIXTURE.client(MARY).getDataset(lidar));

    assertThat(john.getDatasetCollaborator(PRIVATE, "john").role()).isEqualTo(Role.REVIEWER);
    assertThat(john.getWorkunits(PRIVATE)).isNotEmpty();
    fails(AuthorizationException.class, 403, () -> john.addSample(PRIVATE, sample("x")));
    fails(
        AuthorizationException.class,
        403,
        () -> john.updateDatasetCollaborator(PRIVATE, "john", Role.ADMIN));
    assertThat(jane.getDatasetCollaborator(PRIVATE, "john").role()).isEqualTo(Role.REVIEWER);
    assertThat(john.getDataset(PRIVATE).role()).isEqualTo("reviewer");
  }
}
