package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Release;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * The releases the dashboard lists: those that exist in the user's datasets (listed through the API
 * at most once per {@link #REFRESH}, so polling the page costs no API calls in between), updated by
 * those {@link ReleaseWatcher} follows since startup, each with a link per export format that
 * applies to its dataset's task type. At most {@value #CAPACITY} rows, newest first.
 */
@Service
public class ReleaseCatalog {

  /** How long a listing of the existing releases is reused. */
  static final Duration REFRESH = Duration.ofSeconds(10);

  static final int CAPACITY = 50;

  private static final Logger LOGGER = LoggerFactory.getLogger(ReleaseCatalog.class);

  private final SegmentsClient client;
  private final ReleaseWatcher watcher;
  private Listing listing;

  /**
   * Creates the catalog.
   *
   * @param client lists datasets and releases
   * @param watcher the releases announced by webhooks
   */
  public ReleaseCatalog(SegmentsClient client, ReleaseWatcher watcher) {
    this.client = client;
    this.watcher = watcher;
  }

  /**
   * The releases, newest first.
   *
   * @return at most {@value #CAPACITY} rows
   * @throws ai.segments.client.exception.SegmentsException if listing fails
   */
  public List<ReleaseOverview> releases() {
    Listing current = listing();
    Map<String, ReadyRelease> rows = new LinkedHashMap<>();
    current.releases().forEach(r -> rows.put(r.key(), r));
    this.watcher.releases().forEach(r -> rows.put(r.key(), r));
    return rows.values().stream()
        .sorted(Comparator.comparing(ReadyRelease::updatedAt).reversed())
        .limit(CAPACITY)
        .map(r -> overview(r, current.taskType(r.dataset(), this::askTaskType)))
        .toList();
  }

  private synchronized Listing listing() {
    long now = System.nanoTime();
    if (this.listing == null || now - this.listing.listedAt() > REFRESH.toNanos()) {
      this.listing = list(now);
    }
    return this.listing;
  }

  private Listing list(long now) {
    Map<String, String> taskTypes = new LinkedHashMap<>();
    List<ReadyRelease> releases = new ArrayList<>();
    try (Stream<Dataset> datasets = this.client.streamDatasets()) {
      datasets.forEach(
          dataset -> {
            taskTypes.put(dataset.fullName(), dataset.taskType().value());
            for (Release release : this.client.getReleases(dataset.fullName())) {
              releases.add(
                  new ReadyRelease(
                      dataset.fullName(),
                      release.name(),
                      release.status().value(),
                      release.samplesCount(),
                      release.statusInfo(),
                      release.createdAt()));
            }
          });
    }
    return new Listing(now, new ConcurrentHashMap<>(taskTypes), List.copyOf(releases));
  }

  /**
   * The task type of a dataset the listing does not hold (one created since), asked once per
   * listing; the empty string when it cannot be read (e.g. deleted since), so its rows have no
   * links.
   */
  private String askTaskType(String dataset) {
    try {
      return this.client.getDataset(dataset).taskType().value();
    } catch (SegmentsException ex) {
      LOGGER.debug("No task type for {}: {}", dataset, ex.getClass().getSimpleName());
      return "";
    }
  }

  private static ReleaseOverview overview(ReadyRelease release, String taskType) {
    List<ExportLink> exports =
        "SUCCEEDED".equals(release.status()) && !taskType.isEmpty()
            ? ExportFormats.applicableTo(taskType).stream()
                .map(format -> new ExportLink(format, href(release, format)))
                .toList()
            : List.of();
    return new ReleaseOverview(
        release.dataset(),
        release.name(),
        release.status(),
        release.samplesCount(),
        release.reason(),
        release.updatedAt(),
        taskType.isEmpty() ? null : taskType,
        exports);
  }

  private static String href(ReadyRelease release, String format) {
    StringBuilder path = new StringBuilder("api/datasets");
    for (String segment : release.dataset().split("/", -1)) {
      path.append('/').append(UriUtils.encodePathSegment(segment, "UTF-8"));
    }
    return path.append("/releases/")
        .append(UriUtils.encodePathSegment(release.name(), "UTF-8"))
        .append("/export?format=")
        .append(format)
        .toString();
  }

  /**
   * One listing of the existing releases and the task types of the datasets, to which the task
   * types asked for since are added, so each dataset is asked for at most once per listing.
   */
  private record Listing(
      long listedAt, Map<String, String> taskTypes, List<ReadyRelease> releases) {

    String taskType(String dataset, Function<String, String> ask) {
      return this.taskTypes.computeIfAbsent(dataset, ask);
    }
  }
}
