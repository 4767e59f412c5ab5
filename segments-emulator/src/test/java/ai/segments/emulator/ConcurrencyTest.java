package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.NONE));

  private static final int THREADS = 16;
  private static final int BATCHES = 10;
  private static final int BATCH_SIZE = 20;
  private static final int DISTINCT_NAMES = 150;

  @Test
  void concurrentBulkAddsOfOverlappingNamesCreateEachSampleExactlyOnce(SegmentsEmulator emulator)
      throws Exception {
    ApiClient api = new ApiClient(emulator);
    api.post("/user/datasets/", Map.of("name", "race", "task_type", "vector")).expect(201);
    Map<String, Set<String>> uuidsByName = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                start.await();
                ApiClient client = new ApiClient(emulator);
                int answers = 0;
                for (int b = 0; b < BATCHES; b++) {
                  List<Object> batch = new ArrayList<>();
                  for (int i = 0; i < BATCH_SIZE; i++) {
                    int n = (thread * 7 + b * 13 + i * 31) % DISTINCT_NAMES;
                    batch.add(AccountAndAccessTest.sample("s-" + n));
                  }
                  JsonNode created =
                      client
                          .postGzip("/datasets/demo/race/samples_bulk/", batch)
                          .expect(201)
                          .json();
                  for (JsonNode sample : created) {
                    uuidsByName
                        .computeIfAbsent(
                            sample.path("name").asText(), k -> ConcurrentHashMap.newKeySet())
                        .add(sample.path("uuid").asText());
                    answers++;
                  }
                }
                return answers;
              }));
    }
    start.countDown();
    int answered = 0;
    for (Future<Integer> result : results) {
      answered += result.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(answered).isEqualTo(THREADS * BATCHES * BATCH_SIZE);
    assertThat(uuidsByName.values()).allSatisfy(uuids -> assertThat(uuids).hasSize(1));
    JsonNode stored = api.get("/datasets/demo/race/samples/?per_page=1000").expect(200).json();
    Set<String> storedNames = new HashSet<>();
    stored.forEach(s -> storedNames.add(s.path("name").asText()));
    assertThat(stored.size()).isEqualTo(storedNames.size()).isEqualTo(uuidsByName.size());
    assertThat(storedNames).isEqualTo(uuidsByName.keySet());
    assertThat(api.get("/datasets/demo/race/").expect(200).json().path("samples_count").asInt())
        .isEqualTo(uuidsByName.size());
    assertThat(emulator.requestLog().count("addSamples")).isEqualTo(THREADS * BATCHES);
  }

  @Test
  void concurrentLabelWritesAreAllRecorded(SegmentsEmulator emulator) throws Exception {
    ApiClient api = new ApiClient(emulator);
    api.post("/user/datasets/", Map.of("name", "labels-race", "task_type", "vector")).expect(201);
    List<String> uuids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      uuids.add(
          api.post("/datasets/demo/labels-race/samples/", AccountAndAccessTest.sample("l" + i))
              .expect(201)
              .json()
              .path("uuid")
              .asText());
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> puts = new ArrayList<>();
    for (String uuid : uuids) {
      puts.add(
          pool.submit(
              () ->
                  new ApiClient(emulator)
                      .put("/labels/" + uuid + "/ground-truth/", AccountAndAccessTest.label())
                      .status()));
    }
    for (Future<Integer> put : puts) {
      assertThat(put.get(30, TimeUnit.SECONDS)).isEqualTo(201);
    }
    pool.shutdown();
    JsonNode dataset = api.get("/datasets/demo/labels-race/").expect(200).json();
    assertThat(dataset.path("label_stats").path("PRELABELED").asInt()).isEqualTo(40);
    assertThat(dataset.path("label_stats").path("UNLABELED").asInt()).isZero();
    assertThat(api.get("/datasets/demo/labels-race/workunits/").expect(200).json().size())
        .isEqualTo(40);
  }
}
