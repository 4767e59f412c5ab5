package ai.segments.sample;

import ai.segments.client.SampleQuery;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sample app, under the prefix {@code sample}.
 *
 * @param importChunkSize samples per bulk-add request of an import, at least 1
 * @param pageSize samples per page when the app streams a dataset's samples, at least 1
 */
@ConfigurationProperties("sample")
public record SampleProperties(
    @DefaultValue("100") int importChunkSize, @DefaultValue("1000") int pageSize) {

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
}
