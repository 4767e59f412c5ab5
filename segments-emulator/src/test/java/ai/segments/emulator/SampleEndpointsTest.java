package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleEndpointsTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.NONE));

  private static final String SAMPLES = "/datasets/demo/sorting/samples/";
  private ApiClient api;

  @BeforeEach
  void client(SegmentsEmulator emulator) {
    api = new ApiClient(emulator);
    if (api.get("/datasets/demo/sorting/").status() == 404) {
      api.post("/user/datasets/", Map.of("name", "sorting", "task_type", "vector")).expect(201);
      api.post("/datasets/demo/sorting/labelsets/", Map.of("name", "model")).expect(201);
      // c (priority 1, LABELED), a (priority 3, REVIEWED), b (priority 2, unlabeled)
      add("c.jpg", 1, Map.of("city", "London", "robot", 3), "LABELED");
      add("a.jpg", 3, Map.of("city", "Paris", "robot", 3), "REVIEWED");
      add("b.jpg", 2, Map.of("city", "London", "robot", 4), null);
    }
  }

  private void add(String name, int priority, Map<String, Object> metadata, String status) {
    Map<String, Object> body = new HashMap<>(AccountAndAccessTest.sample(name));
    body.put("priority", priority);
    body.put("metadata", metadata);
    String uuid = api.postGzip(SAMPLES, body).expect(201).json().path("uuid").asText();
    if (status != null) {
      Map<String, Object> label = new HashMap<>(AccountAndAccessTest.label());
      label.put("label_status", status);
      api.put("/labels/" + uuid + "/ground-truth/", label).expect(201);
    }
  }

  private List<String> names(String query) {
    List<String> names = new ArrayList<>();
    api.get(SAMPLES + query).expect(200).json().forEach(s -> names.add(s.path("name").asText()));
    return names;
  }

  @Test
  void addSampleAcceptsGzipAndPlainJsonAndHasTheExampleShape() {
    Map<String, Object> body = new HashMap<>(AccountAndAccessTest.sample("shape.jpg"));
    body.put("metadata", Map.of("city", "London"));
    body.put("assigned_labeler", "demo");
    JsonNode sample = api.post("/datasets/demo/sorting/samples", body).expect(201).json();
    ShapeAssert.assertSameShape(
        sample, ApiClient.example("sample-image.json"), "$.attributes", "$.metadata");
    assertThat(sample.path("created_by").asText()).isEqualTo("demo");
    assertThat(sample.path("priority").asInt()).isZero();
    assertThat(sample.path("readme").asText()).isEmpty();
    assertThat(sample.path("dataset_full_name").asText()).isEqualTo("demo/sorting");
    assertThat(sample.path("assigned_labeler").asText()).isEqualTo("demo");
    api.delete("/samples/" + sample.path("uuid").asText() + "/").expect(204);
  }

  @Test
  void addSampleRejectsDuplicatesAndBadBodies() {
    assertThat(api.postGzip(SAMPLES, AccountAndAccessTest.sample("a.jpg")).expect(400).detail())
        .contains("already exists");
    assertThat(api.post(SAMPLES, Map.of("name", "x.jpg")).expect(400).json().has("attributes"))
        .isTrue();
    api.post(SAMPLES, Map.of("name", "x.jpg", "attributes", Map.of("pcd", Map.of()))).expect(400);
    api.post(SAMPLES, Map.of("attributes", Map.of("image", Map.of()))).expect(400);
    api.post("/datasets/demo/missing/samples/", AccountAndAccessTest.sample("x")).expect(404);
    api.send("POST", SAMPLES, "not gzip", true).expect(400);
  }

  @ParameterizedTest(name = "sort query [{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                      | a.jpg b.jpg c.jpg",
        "?sort=name              | a.jpg b.jpg c.jpg",
        "?sort=-name             | c.jpg b.jpg a.jpg",
        "?sort=created_at        | c.jpg a.jpg b.jpg",
        "?sort=-created_at       | b.jpg a.jpg c.jpg",
        "?sort=created           | c.jpg a.jpg b.jpg",
        "?sort=-created          | b.jpg a.jpg c.jpg",
        "?sort=priority          | c.jpg b.jpg a.jpg",
        "?sort=-priority         | a.jpg b.jpg c.jpg",
        "?sort=gt_label__updated_at  | c.jpg a.jpg b.jpg",
        "?sort=-gt_label__updated_at | b.jpg a.jpg c.jpg",
        "?sort=updated_at        | a.jpg b.jpg c.jpg"
      })
  void getSamplesSortsByEveryKeyInBothDirections(String query, String expected) {
    assertThat(names(query)).containsExactly(expected.split(" "));
  }

  @Test
  void unknownSortKeysAreRejected() {
    assertThat(api.get(SAMPLES + "?sort=size").expect(400).detail()).contains("sort");
  }

  @Test
  void getSamplesFiltersByNameMetadataAndLabelStatus() {
    assertThat(names("?name__contains=a.j")).containsExactly("a.jpg");
    assertThat(names("?name__contains=A")).isEmpty();
    assertThat(names("?filters=city:London")).containsExactly("b.jpg", "c.jpg");
    assertThat(names("?filters=city:London,robot:3")).containsExactly("c.jpg");
    assertThat(names("?filters=" + ApiClient.enc("city:London,robot:4"))).containsExactly("b.jpg");
    assertThat(names("?label_status=LABELED,REVIEWED")).containsExactly("a.jpg", "c.jpg");
    assertThat(names("?label_status=UNLABELED")).containsExactly("b.jpg");
    assertThat(names("?labelset=model&label_status=UNLABELED")).hasSize(3);
    assertThat(
            names(
                "?per_page=50&page=1&labelset=ground-truth&include_full_label=1&name__contains=jpg"
                    + "&filters=city:London&label_status=LABELED,UNLABELED&sort=-name"))
        .containsExactly("c.jpg", "b.jpg");
    api.get(SAMPLES + "?filters=london").expect(400);
    api.get(SAMPLES + "?label_status=DONE").expect(400);
  }

  @Test
  void getSamplesPaginatesWithEmptyAndLastPages() {
    assertThat(names("?per_page=2&page=1")).containsExactly("a.jpg", "b.jpg");
    assertThat(names("?per_page=2&page=2")).containsExactly("c.jpg");
    api.get(SAMPLES + "?per_page=2&page=3").expect(404);
    assertThat(names("?per_page=3&page=1")).hasSize(3);
    api.get(SAMPLES + "?per_page=3&page=2").expect(404);
    api.get(SAMPLES + "?per_page=1001").expect(400);
    api.post("/user/datasets/", Map.of("name", "empty")).expect(201);
    assertThat(api.get("/datasets/demo/empty/samples/?per_page=1000&page=1").expect(200).body())
        .isEqualTo("[]");
    api.get("/datasets/demo/empty/samples/?page=2").expect(404);
    api.delete("/datasets/demo/empty/").expect(204);
  }

  @Test
  void labelsetParameterAddsASummaryOrTheFullLabel() {
    JsonNode summary = api.get(SAMPLES + "?labelset=ground-truth&sort=name").expect(200).json();
    ShapeAssert.assertSameShape(
        summary.get(0),
        ApiClient.example("sample-with-label-summary.json"),
        "$.attributes",
        "$.metadata");
    assertThat(summary.get(0).path("label").path("label_status").asText()).isEqualTo("REVIEWED");
    assertThat(summary.get(0).path("label").has("attributes")).isFalse();
    assertThat(summary.get(1).path("label").isNull()).isTrue();
    JsonNode full =
        api.get(SAMPLES + "?labelset=ground-truth&include_full_label=1").expect(200).json();
    ShapeAssert.assertSameShape(
        full.get(0),
        ApiClient.example("sample-with-full-label.json"),
        "$.attributes",
        "$.metadata",
        "$.label.attributes");
    assertThat(full.get(0).path("label").path("labelset").asText()).isEqualTo("ground-truth");
    assertThat(api.get(SAMPLES).expect(200).json().get(0).path("label").isNull()).isTrue();
    api.get(SAMPLES + "?labelset=nope").expect(404);
  }

  @Test
  void getSampleWithLabelsetAndSignedUrlsIncludingTheSdksMalformedQuery() {
    String uuid = uuidOf("a.jpg");
    JsonNode plain = api.get("/samples/" + uuid + "/").expect(200).json();
    assertThat(plain.path("label").isNull()).isTrue();
    assertThat(plain.path("attributes").path("image").has("signed_url")).isFalse();
    JsonNode labeled = api.get("/samples/" + uuid + "/?labelset=ground-truth").expect(200).json();
    assertThat(labeled.path("label").path("sample_uuid").asText()).isEqualTo(uuid);
    assertThat(labeled.path("issues").isArray()).isTrue();
    JsonNode signed = api.get("/samples/" + uuid + "?include_signed_urls=1").expect(200).json();
    assertThat(signed.path("attributes").path("image").path("signed_url").asText())
        .startsWith("https://x/a.jpg?");
    JsonNode both =
        api.get("/samples/" + uuid + "/?labelset=ground-truth?include_signed_urls=1")
            .expect(200)
            .json();
    assertThat(both.path("label").path("label_status").asText()).isEqualTo("REVIEWED");
    assertThat(both.path("attributes").path("image").has("signed_url")).isTrue();
    api.get("/samples/12345/").expect(404);
  }

  @Test
  void updateSampleChangesFieldsAndNullUnassigns() {
    String uuid =
        api.post(
                SAMPLES,
                Map.of(
                    "name",
                    "u.jpg",
                    "attributes",
                    Map.of("image", Map.of("url", "u")),
                    "assigned_labeler",
                    "demo",
                    "assigned_reviewer",
                    "demo"))
            .expect(201)
            .json()
            .path("uuid")
            .asText();
    Map<String, Object> patch = new HashMap<>();
    patch.put("assigned_labeler", null);
    patch.put("priority", 7.5);
    patch.put("metadata", Map.of("k", "v"));
    patch.put("name", "renamed.jpg");
    JsonNode updated = api.patchGzip("/samples/" + uuid + "/", patch).expect(200).json();
    assertThat(updated.path("assigned_labeler").isNull()).isTrue();
    assertThat(updated.path("assigned_reviewer").asText()).isEqualTo("demo");
    assertThat(updated.path("priority").asDouble()).isEqualTo(7.5);
    assertThat(updated.path("metadata").path("k").asText()).isEqualTo("v");
    assertThat(updated.path("name").asText()).isEqualTo("renamed.jpg");
    assertThat(
            api.patch("/samples/" + uuid + "/", Map.of()).expect(200).json().path("name").asText())
        .isEqualTo("renamed.jpg");
    assertThat(api.patch("/samples/" + uuid + "/", Map.of("name", "a.jpg")).expect(400).detail())
        .contains("already exists");
    api.delete("/samples/" + uuid + "/").expect(204);
    api.patch("/samples/" + uuid + "/", Map.of()).expect(404);
    api.delete("/samples/" + uuid + "/").expect(404);
  }

  @Test
  void addSamplesReturnsExistingSamplesUnchangedAndCreatesTheRest() {
    String existing = uuidOf("a.jpg");
    List<Object> body =
        List.of(
            Map.of("name", "a.jpg", "attributes", Map.of("image", Map.of("url", "changed"))),
            AccountAndAccessTest.sample("bulk-1.jpg"),
            AccountAndAccessTest.sample("bulk-1.jpg"));
    JsonNode result = api.postGzip("/datasets/demo/sorting/samples_bulk/", body).expect(201).json();
    assertThat(result.size()).isEqualTo(3);
    assertThat(result.get(0).path("uuid").asText()).isEqualTo(existing);
    assertThat(result.get(0).path("attributes").path("image").path("url").asText())
        .isEqualTo("https://x/a.jpg");
    assertThat(result.get(1).path("uuid").asText()).isEqualTo(result.get(2).path("uuid").asText());
    api.post("/datasets/demo/sorting/samples_bulk/", Map.of("name", "x")).expect(400);
    api.post(
            "/datasets/demo/sorting/samples_bulk/",
            List.of(AccountAndAccessTest.sample("ok.jpg"), Map.of("name", "bad")))
        .expect(400);
    assertThat(names("?name__contains=ok.jpg")).isEmpty();
    deleteSamples(List.of(result.get(1).path("uuid").asText()));
  }

  @Test
  void deleteSamplesCountsKnownUuidsAndEnforcesLimits() {
    String one =
        api.post(SAMPLES, AccountAndAccessTest.sample("d1.jpg"))
            .expect(201)
            .json()
            .path("uuid")
            .asText();
    String two =
        api.post(SAMPLES, AccountAndAccessTest.sample("d2.jpg"))
            .expect(201)
            .json()
            .path("uuid")
            .asText();
    JsonNode deleted = deleteSamples(List.of(one, two, "unknown")).expect(200).json();
    assertThat(deleted).isEqualTo(ApiClient.example("delete-samples-response.json"));
    assertThat(deleteSamples(List.of("unknown")).expect(200).json().path("deleted_count").asInt())
        .isZero();
    assertThat(deleteSamples(List.of()).expect(400).detail())
        .isEqualTo("uuids list cannot be empty");
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      tooMany.add("u" + i);
    }
    assertThat(deleteSamples(tooMany).expect(400).detail())
        .isEqualTo("Cannot delete more than 1000 samples at once. Got 1001.");
    deleteSamples(tooMany.subList(0, 1000)).expect(200);
    api.delete("/datasets/demo/sorting/samples_bulk/", Map.of()).expect(400);
    api.delete("/datasets/demo/missing/samples_bulk/", Map.of("uuids", List.of("x"))).expect(404);
  }

  private ApiClient.Reply deleteSamples(List<String> uuids) {
    return api.delete("/datasets/demo/sorting/samples_bulk/", Map.of("uuids", uuids));
  }

  private String uuidOf(String name) {
    return api.get(SAMPLES + "?name__contains=" + name)
        .expect(200)
        .json()
        .get(0)
        .path("uuid")
        .asText();
  }
}
