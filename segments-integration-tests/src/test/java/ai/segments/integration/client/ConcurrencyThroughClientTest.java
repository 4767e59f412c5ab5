package ai.segments.integration.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Sample;
import ai.segments.client.paging.SampleQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many threads sharing one client: bulk adds of overlapping names neither duplicate nor lose. */
class ConcurrencyThroughClientTest {

  @RegisterExtension static final ClientFixture FIXTURE = new ClientFixture();

  private static final int THREADS = 12;
  private static final int BATCHES = 8;
  private static final int BATCH_SIZE = 25;
  private static final int DISTINCT_NAMES = 160;

  @Test
  void concurrentAddSamplesWithOverlappingNamesCreateEachNameExactlyOnce() throws Exception {
    SegmentsClient client = FIXTURE.demo();
    String dataset = ClientFixture.vectorDataset(client, "race").fullName();
    Map<String, Set<String>> uuidsByName = new ConcurrentHashMap<>();
    Set<String> requested = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  int answered = 0;
                  for (int b = 0; b < BATCHES; b++) {
                    List<String> names = batch(thread, b);
                    requested.addAll(names);
                    List<Sample> answer = ClientFixture.addSamples(client, dataset, names);
                    assertThat(answer).extracting(Sample::name).containsExactlyElementsOf(names);
                    answer.forEach(
                        s ->
                            uuidsByName
                                .computeIfAbsent(s.name(), n -> ConcurrentHashMap.newKeySet())
                                .add(s.uuid()));
                    answered += answer.size();
                  }
                  return answered;
                }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(BATCHES * BATCH_SIZE);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(uuidsByName).hasSameSizeAs(requested);
    assertThat(uuidsByName.values())
        .as("every answer for a name carries the same sample")
        .allSatisfy(uuids -> assertThat(uuids).hasSize(1));
    List<Sample> stored =
        client.streamSamples(dataset, SampleQuery.builder().perPage(17).build()).toList();
    assertThat(stored).extracting(Sample::name).doesNotHaveDuplicates();
    assertThat(stored.stream().map(Sample::name).collect(Collectors.toSet())).isEqualTo(requested);
    assertThat(stored)
        .allSatisfy(s -> assertThat(uuidsByName.get(s.name())).containsExactly(s.uuid()));
    assertThat(client.getDataset(dataset).labelStats().total()).isEqualTo((long) requested.size());
    assertThat(FIXTURE.emulator().requestLog().entries("addSamples"))
        .hasSize(THREADS * BATCHES)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
  }

  /** Overlapping windows of names, distinct within a batch. */
  private static List<String> batch(int thread, int batch) {
    int first = (thread * 11 + batch * 17) % DISTINCT_NAMES;
    return IntStream.range(0, BATCH_SIZE)
        .mapToObj(i -> String.format("sample-%03d", (first + i * 3) % DISTINCT_NAMES))
        .toList();
  }
}
