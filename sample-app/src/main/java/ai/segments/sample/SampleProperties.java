package ai.segments.sample;

import ai.segments.client.paging.SampleQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the sample app, under the prefix {@code sample}.
 *
 * @param importChunkSize samples per bulk-add request of an import, at least 1
 * @param pageSize samples per page when the app streams a dataset's samples, at least 1
 * @param imports the limits of an import request
 * @param export the limits of the release export endpoint
 */
@ConfigurationProperties("sample")
public record SampleProperties(
    @DefaultValue("100") int importChunkSize,
    @DefaultValue("1000") int pageSize,
    @DefaultValue Imports imports,
    @DefaultValue Export export) {

  /** Checks the sizes. */
  public SampleProperties {
    if (importChunkSize < 1 || pageSize < 1) {
      throw new IllegalArgumentException(
          "sample.import-chunk-size and sample.page-size must be at least 1");
    }
  }

  /**
   * A query over all samples of a dataset, page by page.
   *
   * @return the query builder, with the page size set
   */
  public SampleQuery.Builder sampleQuery() {
    return SampleQuery.builder().perPage(this.pageSize);
  }

  /**
   * The limits of {@code POST /api/datasets/{owner}/{name}/imports}; beyond them the answer is a
   * 413 problem detail.
   *
   * @param maxJsonSize the largest JSON manifest body
   * @param maxCsvSize the largest CSV manifest body; CSV is parsed while it is read
   * @param maxEntries the most entries one manifest may have
   */
  public record Imports(
      @DefaultValue("1MB") DataSize maxJsonSize,
      @DefaultValue("10MB") DataSize maxCsvSize,
      @DefaultValue("10000") int maxEntries) {

    /** Checks the limits. */
    public Imports {
      if (maxJsonSize.toBytes() < 1 || maxCsvSize.toBytes() < 1 || maxEntries < 1) {
        throw new IllegalArgumentException(
            "sample.imports.max-json-size, max-csv-size and max-entries must be positive");
      }
    }
  }

  /**
   * The limits of {@code GET /api/datasets/{owner}/{name}/releases/{release}/export}.
   *
   * @param maxSize the largest zip an export may write to its temporary file; a larger one fails
   *     with a 507 problem detail
   * @param maxConcurrent how many exports may run at once; beyond that the answer is a 429 problem
   *     detail with {@code Retry-After}
   * @param retryAfter the {@code Retry-After} of a 429 (busy) or 202 (release still pending)
   *     answer, rounded up to whole seconds
   * @param releaseWait how long a request waits for a {@code PENDING} release before answering 202;
   *     0 checks once
   * @param directory where the zips are built (deleted once sent or failed); {@code null} for the
   *     system's temporary directory
   */
  public record Export(
      @DefaultValue("512MB") DataSize maxSize,
      @DefaultValue("2") int maxConcurrent,
      @DefaultValue("5s") Duration retryAfter,
      @DefaultValue("2s") Duration releaseWait,
      Path directory) {

    /** The name prefix of the zips' temporary files. */
    public static final String ZIP_PREFIX = "segments-export-";

    /** Checks the limits. */
    public Export {
      if (maxSize.toBytes() < 1 || maxConcurrent < 1) {
        throw new IllegalArgumentException(
            "sample.export.max-size and sample.export.max-concurrent must be positive");
      }
      if (retryAfter.isNegative() || releaseWait.isNegative()) {
        throw new IllegalArgumentException(
            "sample.export.retry-after and sample.export.release-wait must not be negative");
      }
    }

    /**
     * Creates an empty temporary file for a zip in {@link #directory()}.
     *
     * @return the new file
     * @throws IOException if it cannot be created
     */
    public Path createZipFile() throws IOException {
      return (this.directory != null)
          ? Files.createTempFile(this.directory, ZIP_PREFIX, ".zip")
          : Files.createTempFile(ZIP_PREFIX, ".zip");
    }

    /**
     * The {@code Retry-After} value in whole seconds, at least 1.
     *
     * @return the seconds
     */
    public long retryAfterSeconds() {
      long seconds = this.retryAfter.toSeconds() + (this.retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }
}
