package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatasetEndpointsTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(TeamSeed.builder());

  private ApiClient jane;

  @BeforeEach
  void client(SegmentsEmulator emulator) {
    jane = new ApiClient(emulator).as("jane-key");
  }

  private JsonNode create(String name, Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(extra);
    body.put("name", name);
    return jane.post("/user/datasets/", body).expect(201).json();
  }

  @Test
  void addDatasetAppliesDefaultsAndHasTheExampleShape() {
    JsonNode dataset = create("shape-check", Map.of("task_type", "vector", "category", "garden"));
    ShapeAssert.assertSameShape(
        dataset, ApiClient.example("dataset.json"), "$.task_attributes", "$.metadata");
    assertThat(dataset.path("full_name").asText()).isEqualTo("jane/shape-check");
    assertThat(dataset.path("task_type").asText()).isEqualTo("vector");
    assertThat(dataset.path("enable_skip_labeling").asBoolean()).isTrue();
    assertThat(dataset.path("label_stats").path("TOTAL").asInt()).isZero();
    assertThat(dataset.path("labelsets").get(0).path("name").asText()).isEqualTo("ground-truth");
    assertThat(dataset.path("labelsets").get(0).path("is_groundtruth").asBoolean()).isTrue();
    assertThat(dataset.path("role").asText()).isEqualTo("admin");
    assertThat(dataset.path("metadata").isObject()).isTrue();
  }

  @Test
  void datasetNamesAreUniquePerOwner() {
    create("twice", Map.of());
    ApiClient.Reply again = jane.post("/user/datasets/", Map.of("name", "twice")).expect(400);
    assertThat(again.detail()).contains("already exists");
    jane.as("mary-key").post("/user/datasets/", Map.of("name", "twice")).expect(201);
  }

  @Test
  void invalidBodiesAnswerFieldErrors() {
    JsonNode missing =
        jane.post("/user/datasets/", Map.of("task_type", "vector")).expect(400).json();
    assertThat(missing.path("name").get(0).asText()).isEqualTo("This field is required.");
    JsonNode bad =
        jane.post("/user/datasets/", Map.of("name", "x", "task_type", "segmentation"))
            .expect(400)
            .json();
    assertThat(bad.path("task_type").get(0).asText())
        .isEqualTo("\"segmentation\" is not a valid choice.");
    jane.post("/user/datasets/", Map.of("name", "c", "category", "custom-robots")).expect(201);
    jane.post("/user/datasets/", Map.of("name", "d", "category", "Other")).expect(400);
    jane.post("/user/datasets/", "{not json").expect(400);
    jane.post("/user/datasets/", List.of(1)).expect(400);
  }

  @Test
  void updateDatasetChangesSettableFieldsOnly() {
    create("to-update", Map.of());
    JsonNode updated =
        jane.patch(
                "/datasets/jane/to-update/",
                Map.of("description", "new", "public", true, "name", "ignored", "readme", "# Hi"))
            .expect(200)
            .json();
    assertThat(updated.path("description").asText()).isEqualTo("new");
    assertThat(updated.path("public").asBoolean()).isTrue();
    assertThat(updated.path("name").asText()).isEqualTo("to-update");
    assertThat(jane.get("/datasets/jane/to-update").expect(200).json().path("readme").asText())
        .isEqualTo("# Hi");
    jane.patch("/datasets/jane/to-update/", Map.of("enable_ratings", "yes")).expect(400);
    jane.patch("/datasets/jane/missing/", Map.of()).expect(404);
  }

  @Test
  void deleteDatasetAnswers204AndForgetsEverything() {
    create("doomed", Map.of());
    String uuid =
        jane.post("/datasets/jane/doomed/samples/", AccountAndAccessTest.sample("a.jpg"))
            .expect(201)
            .json()
            .path("uuid")
            .asText();
    ApiClient.Reply deleted = jane.delete("/datasets/jane/doomed/").expect(204);
    assertThat(deleted.body()).isEmpty();
    jane.get("/datasets/jane/doomed/").expect(404);
    jane.get("/samples/" + uuid + "/").expect(404);
    jane.delete("/datasets/jane/doomed/").expect(404);
    create("doomed", Map.of());
  }

  @Test
  void cloneKeepsSettingsAndCopiesSamplesWithOrWithoutLabels() {
    JsonNode plain =
        jane.post(
                "/datasets/jane/flowers/clone/",
                Map.of("name", "flowers-copy", "clone_labels", false))
            .expect(201)
            .json();
    assertThat(plain.path("cloned_from").asText()).isEqualTo("jane/flowers");
    assertThat(plain.path("task_type").asText()).isEqualTo("vector");
    assertThat(plain.path("samples_count").asInt()).isEqualTo(2);
    assertThat(plain.path("label_stats").path("UNLABELED").asInt()).isEqualTo(2);
    assertThat(plain.path("labelsets").size()).isEqualTo(2);
    JsonNode labeled =
        jane.post(
                "/datasets/jane/flowers/clone/",
                Map.of("name", "flowers-labeled", "clone_labels", true, "public", true))
            .expect(201)
            .json();
    assertThat(labeled.path("label_stats").path("REVIEWED").asInt()).isEqualTo(1);
    assertThat(labeled.path("public").asBoolean()).isTrue();
    JsonNode samples = jane.get("/datasets/jane/flowers-labeled/samples/").expect(200).json();
    assertThat(samples.get(0).path("uuid").asText())
        .isNotEqualTo(AccountAndAccessTest.firstSampleUuid(jane, "jane/flowers"));
    JsonNode defaultName =
        jane.post("/datasets/jane/public-garden/clone/", Map.of()).expect(201).json();
    assertThat(defaultName.path("name").asText()).isEqualTo("public-garden-clone");
    jane.post("/datasets/jane/flowers/clone/", Map.of("name", "flowers-copy")).expect(400);
    JsonNode toOrg =
        jane.post("/datasets/jane/flowers/clone/", Map.of("name", "f", "owner", "acme-robotics"))
            .expect(201)
            .json();
    assertThat(toOrg.path("full_name").asText()).isEqualTo("acme-robotics/f");
    jane.as("mary-key")
        .post("/datasets/jane/public-garden/clone/", Map.of("name", "g", "owner", "jane"))
        .expect(403);
    jane.post("/datasets/jane/missing/clone/", Map.of()).expect(404);
  }

  @Test
  void getDatasetsPaginates() {
    ApiClient mary = jane.as("mary-key");
    assertThat(mary.get("/user/datasets/?per_page=10&page=1").expect(200).json().size()).isZero();
    for (int i = 0; i < 5; i++) {
      mary.post("/user/datasets/", Map.of("name", "page-" + i)).expect(201);
    }
    assertThat(
            AccountAndAccessTest.names(
                mary.get("/user/datasets/?per_page=2&page=3").expect(200).json()))
        .containsExactly("page-4");
    assertThat(mary.get("/user/datasets/?per_page=5&page=1").expect(200).json().size())
        .isEqualTo(5);
    assertThat(mary.get("/user/datasets/?per_page=5&page=2").expect(404).json())
        .isEqualTo(ApiClient.example("error-invalid-page.json"));
    assertThat(mary.get("/user/datasets/?per_page=0").expect(400).detail()).contains("per_page");
    mary.get("/user/datasets/?per_page=1001").expect(400);
    mary.get("/user/datasets/?per_page=1000").expect(200);
    mary.get("/user/datasets/?page=0").expect(404);
  }

  @Test
  void oddDatasetNamesRoundTripThroughEncodedPaths() {
    String name = "a b/c?d#e%f&g+h";
    JsonNode created = create(name, Map.of());
    assertThat(created.path("name").asText()).isEqualTo(name);
    JsonNode fetched = jane.get("/datasets/jane/" + ApiClient.enc(name) + "/").expect(200).json();
    assertThat(fetched.path("full_name").asText()).isEqualTo("jane/" + name);
    jane.get("/datasets/jane/" + ApiClient.enc("a b") + "/c/").expect(404);
  }

  @Test
  void pathsWorkWithAndWithoutTrailingSlashAndUnknownOnesAnswer404Or405() {
    jane.get("/datasets/jane/flowers").expect(200);
    jane.get("/datasets/jane/flowers/labelsets").expect(200);
    jane.get("/datasets/jane/flowers/collaborators/john/").expect(200);
    assertThat(jane.get("/nothing/here/").expect(404).detail()).isEqualTo("Not found.");
    assertThat(jane.send("PUT", "/datasets/jane/flowers/", "{}", false).status()).isEqualTo(405);
  }

  @Test
  void collaboratorsCanBeAddedReadUpdatedAndRemoved() {
    String base = "/datasets/jane/flowers/collaborators/";
    JsonNode john = jane.get(base + "john").expect(200).json();
    ShapeAssert.assertSameShape(john, ApiClient.example("collaborator.json"));
    assertThat(john.path("role").asText()).isEqualTo("reviewer");
    JsonNode added = jane.post(base, Map.of("user", "mary", "role", "labeler")).expect(201).json();
    assertThat(added.path("user").path("username").asText()).isEqualTo("mary");
    assertThat(jane.post(base, Map.of("user", "mary")).expect(400).detail())
        .contains("is already a collaborator");
    assertThat(jane.post(base, Map.of("user", "jane")).expect(400).detail())
        .contains("cannot be added as collaborator");
    jane.post(base, Map.of("user", "nobody")).expect(404);
    jane.post(base, Map.of("user", "mary2", "role", "boss")).expect(400);
    assertThat(
            jane.patch(base + "mary", Map.of("role", "manager"))
                .expect(200)
                .json()
                .path("role")
                .asText())
        .isEqualTo("manager");
    assertThat(
            jane.as("mary-key")
                .get("/datasets/jane/flowers/")
                .expect(200)
                .json()
                .path("role")
                .asText())
        .isEqualTo("manager");
    assertThat(
            jane.get("/datasets/jane/flowers/")
                .expect(200)
                .json()
                .path("collaborators_count")
                .asInt())
        .isEqualTo(2);
    jane.as("mary-key").post(base, Map.of("user", "john")).expect(403);
    jane.delete(base + "mary").expect(204);
    jane.get(base + "mary").expect(404);
    jane.delete(base + "mary").expect(404);
    jane.delete("/datasets/jane/missing/collaborators/john").expect(404);
    jane.as("mary-key").get("/datasets/jane/flowers/").expect(404);
  }
}
