package ai.segments.autoconfigure;

import ai.segments.client.SegmentsClient;
import ai.segments.client.http.SegmentsHttpTransport;
import org.springframework.web.client.RestClient;

/**
 * Starts {@link SegmentsClient.Builder}s with the auto-configured connection, transport and
 * properties, but no interceptors: the base of the application's client and of the health
 * indicator's client.
 */
public final class SegmentsClientBuilderFactory {

  private final RestClient.Builder restClientBuilder;
  private final SegmentsHttpTransport transport;
  private final SegmentsConnectionDetails connectionDetails;
  private final SegmentsProperties properties;
  private final SegmentsDownloadProperties downloads;

  /**
   * Creates the factory.
   *
   * @param restClientBuilder the application's builder; copied by every client, never changed
   * @param transport the shared HTTP transport
   * @param connectionDetails where to connect and with which key
   * @param properties the remaining settings
   */
  public SegmentsClientBuilderFactory(
      RestClient.Builder restClientBuilder,
      SegmentsHttpTransport transport,
      SegmentsConnectionDetails connectionDetails,
      SegmentsProperties properties) {
    this(
        restClientBuilder,
        transport,
        connectionDetails,
        properties,
        new SegmentsDownloadProperties());
  }

  /**
   * Creates the factory with download settings.
   *
   * @param restClientBuilder the application's builder; copied by every client, never changed
   * @param transport the shared HTTP transport
   * @param connectionDetails where to connect and with which key
   * @param properties the remaining settings
   * @param downloads the download settings ({@code segments.download.*})
   */
  public SegmentsClientBuilderFactory(
      RestClient.Builder restClientBuilder,
      SegmentsHttpTransport transport,
      SegmentsConnectionDetails connectionDetails,
      SegmentsProperties properties,
      SegmentsDownloadProperties downloads) {
    this.restClientBuilder = restClientBuilder;
    this.transport = transport;
    this.connectionDetails = connectionDetails;
    this.properties = properties;
    this.downloads = downloads;
  }

  /**
   * A builder with the configured URL, key, read timeout, validation, compression, attribute
   * normalization, response limits and download settings.
   *
   * @return a new builder
   */
  public SegmentsClient.Builder builder() {
    return this.downloads.applyTo(base());
  }

  private SegmentsClient.Builder base() {
    return SegmentsClient.builder()
        .restClientBuilder(this.restClientBuilder)
        .transport(this.transport)
        .apiKey(this.connectionDetails::apiKey)
        .apiUrl(this.connectionDetails.apiUrl())
        .readTimeout(this.properties.getReadTimeout())
        .strictValidation(this.properties.isStrictValidation())
        .compression(this.properties.getCompression().isEnabled())
        .normalizeAttributes(this.properties.isNormalizeAttributes())
        .maxResponseSize(this.properties.getMaxResponseSize())
        .maxJsonNestingDepth(this.properties.getMaxJsonNestingDepth());
  }
}
