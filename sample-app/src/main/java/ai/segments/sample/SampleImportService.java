package ai.segments.sample;

import ai.segments.client.SegmentsBulkImporter;
import ai.segments.client.SegmentsClient;
import ai.segments.client.bulk.BulkImportSummary;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.Sample;
import ai.segments.client.model.Url;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.sample.ImportResult.ImportFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Imports image samples from a manifest into a dataset through the client's {@link
 * SegmentsBulkImporter} (chunks of the bulk add, a few in flight, retried when throttled), safe to
 * re-run.
 *
 * <p>Entries whose name is already in the dataset when the import starts are left alone and counted
 * as already present. An entry without a name, with a URL that is not an absolute {@code http(s)}
 * URL, or repeating an earlier entry's name fails without a request. When the API rejects a chunk,
 * the importer splits it until only the bad entries fail, each with the API's reason. Errors no
 * chunk can escape (unknown dataset, missing permission) end the import; since the import is
 * idempotent, running it again continues where it stopped.
 */
@Service
public class SampleImportService {

  private static final ManifestEntry EMPTY = new ManifestEntry(null, null, null);

  private final SegmentsClient client;
  private final int chunkSize;
  private final SampleQuery allSamples;

  /**
   * Creates the service.
   *
   * @param client the Segments client
   * @param properties the chunk and page sizes
   */
  public SampleImportService(SegmentsClient client, SampleProperties properties) {
    this.client = client;
    this.chunkSize = properties.importChunkSize();
    this.allSamples = properties.sampleQuery().build();
  }

  /**
   * Imports a manifest into a dataset.
   *
   * @param datasetIdentifier the dataset as {@code owner/name}
   * @param manifest the entries to import
   * @return the created, already present and failed counts
   * @throws ai.segments.client.exception.SegmentsException when the dataset cannot be read or
   *     written, e.g. a {@link ai.segments.client.exception.NotFoundException} for an unknown one
   */
  public ImportResult importManifest(String datasetIdentifier, List<ManifestEntry> manifest) {
    Set<String> existing = existingNames(datasetIdentifier);
    Tally tally = new Tally();
    List<Pending> pending = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < manifest.size(); i++) {
      ManifestEntry entry = Objects.requireNonNullElse(manifest.get(i), EMPTY);
      String problem = entryProblem(entry);
      if (problem != null) {
        tally.fail(i + 1, entry.name(), problem);
      } else if (!seen.add(entry.name())) {
        tally.fail(i + 1, entry.name(), "the manifest names this sample more than once");
      } else if (existing.contains(entry.name())) {
        tally.alreadyPresent++;
      } else {
        pending.add(new Pending(i + 1, entry));
      }
    }
    if (!pending.isEmpty()) {
      addAll(datasetIdentifier, pending, tally);
    }
    return tally.result();
  }

  private Set<String> existingNames(String datasetIdentifier) {
    try (Stream<Sample> samples = this.client.streamSamples(datasetIdentifier, this.allSamples)) {
      return samples.map(Sample::name).collect(Collectors.toSet());
    }
  }

  private void addAll(String datasetIdentifier, List<Pending> pending, Tally tally) {
    Map<String, Integer> positions = new HashMap<>();
    pending.forEach(one -> positions.put(one.entry().name(), one.position()));
    BulkImportSummary summary =
        SegmentsBulkImporter.builder(this.client)
            .chunkSize(Math.min(this.chunkSize, SegmentsBulkImporter.MAX_CHUNK_SIZE))
            .build()
            .importSamples(datasetIdentifier, pending.stream().map(Pending::request));
    tally.created += (int) summary.created();
    tally.alreadyPresent += (int) summary.alreadyPresent();
    for (BulkImportSummary.Failure failure : summary.failed()) {
      tally.fail(positions.get(failure.sampleName()), failure.sampleName(), failure.reason());
    }
  }

  /** What is wrong with an entry before any request, or {@code null}. */
  private String entryProblem(ManifestEntry entry) {
    if (entry.name() == null || entry.name().isBlank()) {
      return "the entry has no name";
    }
    if (entry.url() == null || entry.url().isBlank()) {
      return "the entry has no url";
    }
    return urlProblem(entry.url());
  }

  /**
   * The one place every imported image URL is checked: an absolute {@code http(s)} URL with a host
   * that the client's download policy allows (no loopback, link-local, private or multicast address
   * unless allowed with {@code segments.download.allowed-hosts}), so that a manifest cannot make a
   * later export fetch e.g. a cloud metadata service. Nothing is sent to the host.
   *
   * @return what is wrong with the URL, or {@code null}
   */
  private String urlProblem(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      if (!web || uri.getHost() == null) {
        return "the url must be an absolute http(s) URL";
      }
      this.client.checkDownloadUrl(uri);
      return null;
    } catch (URISyntaxException ex) {
      return "the url is malformed: " + ex.getReason();
    } catch (ValidationException ex) {
      return ex.getMessage();
    }
  }

  /** A valid entry waiting to be added, with its position in the manifest. */
  private record Pending(int position, ManifestEntry entry) {

    AddSampleRequest request() {
      return AddSampleRequest.builder(
              this.entry.name(), new ImageSampleAttributes(Url.of(this.entry.url())))
          .metadata(this.entry.metadata())
          .build();
    }
  }

  /** The counts of one import. */
  private static final class Tally {

    private int created;
    private int alreadyPresent;
    private final List<ImportFailure> failures = new ArrayList<>();

    void fail(int position, String name, String reason) {
      this.failures.add(new ImportFailure(position, name, reason));
    }

    ImportResult result() {
      List<ImportFailure> ordered = new ArrayList<>(this.failures);
      ordered.sort(Comparator.comparingInt(ImportFailure::entry));
      return new ImportResult(this.created, this.alreadyPresent, ordered.size(), ordered);
    }
  }
}
