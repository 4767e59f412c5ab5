package ai.segments.sample;

import ai.segments.client.AddSampleRequest;
import ai.segments.client.SampleQuery;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.Sample;
import ai.segments.client.model.Url;
import ai.segments.sample.ImportResult.ImportFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Imports image samples from a manifest into a dataset, in chunks through the bulk add, safe to
 * re-run.
 *
 * <p>Entries whose name is already in the dataset when the import starts are left alone and counted
 * as already present. An entry without a name, with a URL that is not an absolute {@code http(s)}
 * URL, or repeating an earlier entry's name fails without a request. When the API rejects a whole
 * chunk, its entries are added one by one so that only the bad ones fail, each with the API's
 * reason. Any other error (unknown dataset, missing permission, API down) ends the import; since
 * the import is idempotent, running it again continues where it stopped.
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
      String problem = problem(entry);
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
    for (int from = 0; from < pending.size(); from += this.chunkSize) {
      List<Pending> chunk = pending.subList(from, Math.min(from + this.chunkSize, pending.size()));
      addChunk(datasetIdentifier, chunk, tally);
    }
    return tally.result();
  }

  private Set<String> existingNames(String datasetIdentifier) {
    try (Stream<Sample> samples = this.client.streamSamples(datasetIdentifier, this.allSamples)) {
      return samples.map(Sample::name).collect(Collectors.toSet());
    }
  }

  private void addChunk(String datasetIdentifier, List<Pending> chunk, Tally tally) {
    try {
      List<AddSampleRequest> requests = chunk.stream().map(Pending::request).toList();
      tally.created += this.client.addSamples(datasetIdentifier, requests).size();
    } catch (ValidationException rejected) {
      chunk.forEach(one -> addOne(datasetIdentifier, one, tally));
    }
  }

  private void addOne(String datasetIdentifier, Pending one, Tally tally) {
    try {
      this.client.addSample(datasetIdentifier, one.request());
      tally.created++;
    } catch (AlreadyExistsException ex) {
      tally.alreadyPresent++;
    } catch (ValidationException ex) {
      tally.fail(one.position(), one.entry().name(), ex.getMessage());
    }
  }

  /** What is wrong with an entry before any request, or {@code null}. */
  private static String problem(ManifestEntry entry) {
    if (entry.name() == null || entry.name().isBlank()) {
      return "the entry has no name";
    }
    if (entry.url() == null || entry.url().isBlank()) {
      return "the entry has no url";
    }
    try {
      URI uri = new URI(entry.url());
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return (web && uri.getHost() != null) ? null : "the url must be an absolute http(s) URL";
    } catch (URISyntaxException ex) {
      return "the url is malformed: " + ex.getReason();
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
