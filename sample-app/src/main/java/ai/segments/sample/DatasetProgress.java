package ai.segments.sample;

import ai.segments.client.model.LabelStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The label progress of one dataset, as answered by {@code /api/datasets} and {@code
 * /api/datasets/{owner}/{name}/progress}.
 *
 * @param fullName the dataset as {@code owner/name}
 * @param total the number of samples
 * @param done the number of samples whose label is done (see {@link #DONE_STATUSES})
 * @param percentDone {@code done} as a percentage of {@code total}, one decimal; 0 for an empty
 *     dataset
 * @param counts the number of samples per label status (wire names such as {@code LABELED}); every
 *     status is present, in a stable order
 */
public record DatasetProgress(
    String fullName, long total, long done, double percentDone, Map<String, Long> counts) {

  /**
   * The label statuses that count as done: the label is finished, whether or not it has been
   * reviewed yet.
   */
  public static final Set<String> DONE_STATUSES =
      Set.of("LABELED", "REVIEWING_IN_PROGRESS", "REVIEWED", "VERIFIED");

  /** Copies the counts, keeping their order. */
  public DatasetProgress {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /**
   * Computes the progress from counts per label status.
   *
   * @param fullName the dataset as {@code owner/name}
   * @param counts samples per label status (wire names); statuses without samples may be left out
   * @return the progress
   */
  public static DatasetProgress of(String fullName, Map<String, Long> counts) {
    Map<String, Long> all = new LinkedHashMap<>();
    for (LabelStatus status : LabelStatus.values()) {
      if (status != LabelStatus.UNKNOWN) {
        all.put(status.value(), 0L);
      }
    }
    counts.forEach((status, count) -> all.merge(status, count, Long::sum));
    long total = all.values().stream().mapToLong(Long::longValue).sum();
    long done =
        all.entrySet().stream()
            .filter(e -> DONE_STATUSES.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .sum();
    double percent = (total == 0) ? 0.0 : Math.round(done * 1000.0 / total) / 10.0;
    return new DatasetProgress(fullName, total, done, percent, all);
  }
}
