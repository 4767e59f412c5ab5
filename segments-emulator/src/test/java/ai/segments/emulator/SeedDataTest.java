package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SegmentsEmulatorExtension.class)
class SeedDataTest {

  private static final Map<String, String> DEMO_TASK_TYPES =
      Map.of(
          "street-scenes", "segmentation-bitmap",
          "flowers", "vector",
          "greenhouse-video", "image-vector-sequence",
          "lidar-frames", "pointcloud-cuboid",
          "lidar-scenes", "pointcloud-cuboid-sequence",
          "lidar-segmentation", "pointcloud-segmentation",
          "multisensor-drives", "multisensor-sequence");

  @Test
  void demoSeedCoversTheTaskTypesWithLabelsIssuesAndARelease(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    JsonNode datasets = api.get("/user/datasets/").expect(200).json();
    int samples = 0;
    Set<String> statuses = new HashSet<>();
    for (JsonNode dataset : datasets) {
      String name = dataset.path("name").asText();
      assertThat(dataset.path("task_type").asText()).isEqualTo(DEMO_TASK_TYPES.get(name));
      samples += dataset.path("samples_count").asInt();
      dataset.path("label_stats").properties().stream()
          .filter(e -> e.getValue().asInt() > 0 && !e.getKey().equals("TOTAL"))
          .forEach(e -> statuses.add(e.getKey()));
      JsonNode labeled =
          api.get(
                  "/datasets/demo/"
                      + name
                      + "/samples/?per_page=1&labelset=ground-truth"
                      + "&include_full_label=1&label_status=LABELED,REVIEWED")
              .expect(200)
              .json()
              .get(0);
      JsonNode attributes = labeled.path("label").path("attributes");
      assertThat(
              attributes.has("annotations")
                  || attributes.has("frames")
                  || attributes.has("sensors"))
          .as("label of %s", name)
          .isTrue();
    }
    assertThat(datasets.size()).isEqualTo(DEMO_TASK_TYPES.size());
    assertThat(samples).isGreaterThanOrEqualTo(300);
    assertThat(statuses).contains("UNLABELED", "LABELED", "REVIEWED", "PRELABELED", "REJECTED");
    assertThat(api.get("/datasets/demo/flowers/labelsets/").expect(200).json().size()).isEqualTo(2);
    assertThat(api.get("/datasets/demo/flowers/issues/").expect(200).json().size()).isPositive();
    assertThat(
            api.get("/datasets/demo/lidar-scenes/issues/")
                .expect(200)
                .json()
                .get(0)
                .path("anchor")
                .path("type")
                .asText())
        .isEqualTo("track");
    assertThat(
            api.get("/datasets/demo/flowers/releases/")
                .expect(200)
                .json()
                .get(0)
                .path("status")
                .asText())
        .isEqualTo("SUCCEEDED");
    assertThat(api.get("/datasets/demo/flowers/workunits/?per_page=5").expect(200).json().size())
        .isEqualTo(5);
    JsonNode segmentation =
        api.get(
                "/datasets/demo/lidar-segmentation/samples/?per_page=1&labelset=ground-truth"
                    + "&include_full_label=1&label_status=LABELED")
            .expect(200)
            .json()
            .get(0);
    assertThat(segmentation.path("label").path("attributes").path("point_annotations").isArray())
        .isTrue();
    assertThat(segmentation.path("attributes").path("pcd").path("type").asText()).isEqualTo("pcd");
  }

  @Test
  void builderUsersGetApiKeysAndTheDemoUserCanGetMoreKeys() {
    try (SegmentsEmulator emulator =
        SegmentsEmulator.builder()
            .seed(Seed.NONE)
            .user("ci-bot", "ci-key")
            .user(SegmentsEmulator.DEMO_USER, "second-demo-key")
            .build()
            .start()) {
      ApiClient api = new ApiClient(emulator);
      assertThat(api.as("ci-key").get("/user").expect(200).json().path("username").asText())
          .isEqualTo("ci-bot");
      assertThat(
              api.as("second-demo-key").get("/user").expect(200).json().path("username").asText())
          .isEqualTo("demo");
      assertThat(api.get("/user/datasets/").expect(200).json().size()).isZero();
    }
  }

  @Test
  void invalidSeedFilesFailTheStartWithAClearMessage(@TempDir Path dir) throws IOException {
    assertThatThrownBy(
            () -> start(write(dir, "{\"datasets\": [{\"owner\": \"ghost\", \"name\": \"x\"}]}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown owner ghost");
    assertThatThrownBy(
            () ->
                start(
                    write(
                        dir,
                        "{\"datasets\": [{\"owner\": \"demo\", \"name\": \"x\", \"task_type\": \"vector\","
                            + " \"samples\": [{\"name\": \"a\", \"attributes\": {\"pcd\": {}}}]}]}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dataset x")
        .hasMessageContaining("image");
    assertThatThrownBy(() -> start(write(dir, "{not json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot read seed file");
    assertThatThrownBy(() -> start(dir.resolve("missing.json")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                start(
                    write(
                        dir,
                        "{\"users\": [{\"username\": \"o\", \"organization\": true,"
                            + " \"members\": [{\"username\": \"nobody\"}]}]}")))
        .hasMessageContaining("unknown member nobody");
  }

  private static Path write(Path dir, String content) throws IOException {
    Path file = Files.createTempFile(dir, "seed", ".json");
    return Files.writeString(file, content);
  }

  private static void start(Path seedFile) {
    SegmentsEmulator.builder().seed(Seed.NONE).seedFile(seedFile).build().start().stop();
  }
}
