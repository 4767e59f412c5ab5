package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Labels, labelsets, label stats, workunits, issues and releases. */
class LabelWorkflowTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(TeamSeed.builder().releaseDelay(Duration.ofMillis(100)));

  private ApiClient jane;
  private String rose;

  @BeforeEach
  void client(SegmentsEmulator emulator) {
    jane = new ApiClient(emulator).as("jane-key");
    rose =
        jane.get("/datasets/jane/flowers/samples/?name__contains=rose")
            .expect(200)
            .json()
            .get(0)
            .path("uuid")
            .asText();
  }

  private String newSample(String name) {
    return jane.post("/datasets/jane/flowers/samples/", AccountAndAccessTest.sample(name))
        .expect(201)
        .json()
        .path("uuid")
        .asText();
  }

  private JsonNode stats() {
    return jane.get("/datasets/jane/flowers/").expect(200).json().path("label_stats");
  }

  @Test
  void putCreatesThenReplacesOneLabelPerSampleAndLabelset() {
    String uuid = newSample("labels.jpg");
    String path = "/labels/" + uuid + "/ground-truth/";
    jane.get(path).expect(404);
    int unlabeled = stats().path("UNLABELED").asInt();
    JsonNode created = jane.put(path, AccountAndAccessTest.label()).expect(201).json();
    ShapeAssert.assertSameShape(
        created, ApiClient.example("label-image-vector.json"), "$.attributes");
    assertThat(created.path("label_type").asText()).isEqualTo("vector");
    assertThat(created.path("label_status").asText()).isEqualTo("PRELABELED");
    assertThat(created.path("created_by").asText()).isEqualTo("jane");
    assertThat(stats().path("UNLABELED").asInt()).isEqualTo(unlabeled - 1);
    Map<String, Object> replacement = new HashMap<>(AccountAndAccessTest.label());
    replacement.put("label_status", "LABELED");
    replacement.put("score", 0.5);
    JsonNode replaced = jane.put(path, replacement).expect(200).json();
    assertThat(replaced.path("created_at").asText()).isEqualTo(created.path("created_at").asText());
    assertThat(replaced.path("score").asDouble()).isEqualTo(0.5);
    assertThat(jane.get(path).expect(200).json()).isEqualTo(replaced);
    JsonNode reviewed =
        jane.as("john-key").patchGzip(path, Map.of("label_status", "REVIEWED")).expect(200).json();
    assertThat(reviewed.path("reviewed_by").asText()).isEqualTo("john");
    assertThat(reviewed.path("updated_by").asText()).isEqualTo("john");
    assertThat(reviewed.path("attributes")).isEqualTo(replaced.path("attributes"));
    jane.patch(path, Map.of("label_status", "UNLABELED")).expect(400);
    jane.put(path, Map.of("label_status", "LABELED")).expect(400);
    jane.put(path, Map.of("attributes", Map.of("frames", java.util.List.of()))).expect(400);
    jane.put("/labels/" + uuid + "/nope/", AccountAndAccessTest.label()).expect(404);
    jane.put("/labels/unknown/ground-truth/", AccountAndAccessTest.label()).expect(404);
    jane.delete(path).expect(204);
    jane.get(path).expect(404);
    jane.patch(path, Map.of()).expect(404);
    jane.as("mary-key").put(path, AccountAndAccessTest.label()).expect(404);
  }

  @Test
  void labelsetsCanBeListedAddedAndDeletedButGroundTruthStays() {
    JsonNode list = jane.get("/datasets/jane/flowers/labelsets/").expect(200).json();
    assertThat(list.findValuesAsText("name")).contains("ground-truth", "predictions");
    ShapeAssert.assertSameShape(list.get(1), ApiClient.example("labelset.json"));
    JsonNode added =
        jane.post(
                "/datasets/jane/flowers/labelsets/",
                Map.of("name", "run-7", "description", "d", "attributes", "{}"))
            .expect(201)
            .json();
    assertThat(added.path("is_groundtruth").asBoolean()).isFalse();
    assertThat(jane.get("/datasets/jane/flowers/labelsets/run-7/").expect(200).json())
        .isEqualTo(added);
    assertThat(
            jane.post("/datasets/jane/flowers/labelsets/", Map.of("name", "run-7"))
                .expect(400)
                .detail())
        .contains("already exists");
    jane.put("/labels/" + rose + "/run-7/", AccountAndAccessTest.label()).expect(201);
    jane.delete("/datasets/jane/flowers/labelsets/run-7/").expect(204);
    jane.get("/datasets/jane/flowers/labelsets/run-7/").expect(404);
    jane.get("/labels/" + rose + "/run-7/").expect(404);
    jane.delete("/datasets/jane/flowers/labelsets/ground-truth/").expect(400);
    jane.get("/datasets/jane/missing/labelsets/").expect(404);
    jane.as("john-key").post("/datasets/jane/flowers/labelsets/", Map.of("name", "x")).expect(403);
  }

  @Test
  void labelChangesRecordWorkunitsThatSortAndFilterByTime() {
    Instant before = Instant.now().minusSeconds(1);
    jane.post("/user/datasets/", Map.of("name", "work", "task_type", "vector")).expect(201);
    String uuid =
        jane.post("/datasets/jane/work/samples/", AccountAndAccessTest.sample("work.jpg"))
            .expect(201)
            .json()
            .path("uuid")
            .asText();
    jane.put("/labels/" + uuid + "/ground-truth/", AccountAndAccessTest.label()).expect(201);
    jane.patch("/labels/" + uuid + "/ground-truth/", Map.of("label_status", "REVIEWED"))
        .expect(200);
    jane.put("/labels/" + rose + "/predictions/", AccountAndAccessTest.label()).expect(201);
    String since = "?start=" + before.toString().substring(0, 19);
    JsonNode recent = jane.get("/datasets/jane/work/workunits/" + since).expect(200).json();
    assertThat(recent.size()).isEqualTo(2);
    ShapeAssert.assertSameShape(recent.get(0), ApiClient.example("workunit.json"));
    assertThat(recent.get(0).path("work_type").asText()).isEqualTo("review");
    assertThat(recent.get(0).path("next_label_status").asText()).isEqualTo("REVIEWED");
    assertThat(recent.get(0).path("sample_name").asText()).isEqualTo("work.jpg");
    assertThat(recent.get(0).path("session_time_metrics").isNull()).isTrue();
    JsonNode ascending =
        jane.get("/datasets/jane/work/workunits/" + since + "&sort=created_at").expect(200).json();
    assertThat(ascending.get(0).path("next_label_status").asText()).isEqualTo("PRELABELED");
    JsonNode all =
        jane.get(
                "/datasets/jane/work/workunits/?per_page=1000&page=1&sort=-created_at"
                    + "&include_session_time_metrics=true&end=2999-01-01T00:00:00")
            .expect(200)
            .json();
    assertThat(all.size()).isEqualTo(2);
    assertThat(all.get(0).path("session_time_metrics").isObject()).isTrue();
    assertThat(
            jane.get("/datasets/jane/work/workunits/?end=2000-01-01T00:00:00").expect(200).body())
        .isEqualTo("[]");
    jane.get("/datasets/jane/work/workunits/?sort=name").expect(400);
    jane.get("/datasets/jane/work/workunits/?start=yesterday").expect(400);
    jane.get("/datasets/jane/work/workunits/?per_page=1&page=99").expect(404);
  }

  @Test
  void issuesCarryAnchorsAndCommentsAndCanBeUpdatedAndDeleted() {
    JsonNode seeded = jane.get("/datasets/jane/flowers/issues/").expect(200).json();
    ShapeAssert.assertSameShape(seeded.get(0), ApiClient.example("issue.json"), "$.anchor");
    assertThat(seeded.get(0).path("comments").get(0).path("text").asText()).isEqualTo("Fixed.");
    assertThat(seeded.get(0).path("created_by").asText()).isEqualTo("mary");
    Map<String, Object> body =
        Map.of(
            "description",
            "Missing stem.",
            "anchor",
            Map.of("type", "track", "trackNumber", 7, "sensor", "Lidar"));
    JsonNode issue = jane.post("/samples/" + rose + "/issues/", body).expect(201).json();
    assertThat(issue.path("status").asText()).isEqualTo("OPEN");
    assertThat(issue.path("sample_name").asText()).isEqualTo("rose.jpg");
    assertThat(issue.path("anchor").path("trackNumber").asInt()).isEqualTo(7);
    assertThat(issue.path("comments").isArray()).isTrue();
    String path = "/issues/" + issue.path("uuid").asText() + "/";
    JsonNode closed =
        jane.as("john-key").patch(path, Map.of("status", "CLOSED")).expect(200).json();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("updated_by").asText()).isEqualTo("john");
    assertThat(closed.path("description").asText()).isEqualTo("Missing stem.");
    JsonNode withIssues =
        jane.get("/samples/" + rose + "/?labelset=ground-truth").expect(200).json();
    assertThat(withIssues.path("issues").size()).isEqualTo(2);
    jane.patch(path, Map.of("status", "DONE")).expect(400);
    jane.post(
            "/samples/" + rose + "/issues/",
            Map.of("description", "x", "anchor", Map.of("type", "track")))
        .expect(400);
    jane.post("/samples/" + rose + "/issues/", Map.of("status", "OPEN")).expect(400);
    jane.post("/samples/unknown/issues/", body).expect(404);
    jane.delete(path).expect(204);
    jane.patch(path, Map.of()).expect(404);
    jane.as("mary-key").post("/samples/" + rose + "/issues/", body).expect(404);
  }

  @Test
  void releasesArePendingThenSucceedWithADownloadableFile() throws InterruptedException {
    JsonNode seeded = jane.get("/datasets/jane/flowers/releases/v1/").expect(200).json();
    ShapeAssert.assertSameShape(seeded, ApiClient.example("release.json"));
    assertThat(seeded.path("status").asText()).isEqualTo("SUCCEEDED");
    JsonNode pending =
        jane.post("/datasets/jane/flowers/releases/", Map.of("name", "v2", "description", "2"))
            .expect(201)
            .json();
    ShapeAssert.assertSameShape(pending, ApiClient.example("release-pending.json"));
    assertThat(pending.path("status").asText()).isEqualTo("PENDING");
    assertThat(pending.path("attributes").path("url").isNull()).isTrue();
    JsonNode release = pending;
    for (int i = 0; i < 50 && release.path("status").asText().equals("PENDING"); i++) {
      Thread.sleep(20);
      release = jane.get("/datasets/jane/flowers/releases/v2").expect(200).json();
    }
    assertThat(release.path("status").asText()).isEqualTo("SUCCEEDED");
    String url = release.path("attributes").path("url").asText();
    assertThat(url).startsWith(EMULATOR.emulator().baseUrl());
    JsonNode file =
        jane.as(null).get(url.substring(EMULATOR.emulator().baseUrl().length())).expect(200).json();
    assertThat(file.path("name").asText()).isEqualTo("v2");
    assertThat(file.path("dataset").path("samples").findValuesAsText("name")).contains("rose.jpg");
    assertThat(jane.get("/datasets/jane/flowers/releases/").expect(200).json().size())
        .isGreaterThanOrEqualTo(2);
    assertThat(
            jane.post("/datasets/jane/flowers/releases/", Map.of("name", "v2"))
                .expect(400)
                .detail())
        .contains("already exists");
    jane.delete("/datasets/jane/flowers/releases/v2/").expect(204);
    jane.get("/datasets/jane/flowers/releases/v2/").expect(404);
    jane.delete("/datasets/jane/flowers/releases/v2/").expect(404);
    jane.get("/datasets/jane/missing/releases/").expect(404);
  }
}
