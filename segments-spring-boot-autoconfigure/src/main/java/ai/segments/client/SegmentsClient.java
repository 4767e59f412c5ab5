package ai.segments.client;

import ai.segments.client.exception.NetworkException;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.client.internal.ApiExecutor;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.JsonCodec;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The client for the Segments.ai REST API: every operation of the official Python SDK, under the
 * SDK's names in camelCase, typed and over Spring's {@link RestClient}.
 *
 * <p>Create one with {@link #builder()}; in a Spring Boot application, inject the auto-configured
 * bean instead. Instances are immutable and thread-safe. {@link #withApiKey(String)} and {@link
 * #withReadTimeout(Duration)} derive clients that share the same connection pool.
 *
 * <p>Every failure is a {@link ai.segments.client.exception.SegmentsException}; bad input is
 * rejected with a {@link ai.segments.client.exception.ValidationException} before any request is
 * sent.
 */
public final class SegmentsClient {

  /** The library version sent to {@code api_status}. */
  public static final String VERSION = "0.1.0";

  private final Settings settings;
  private final ApiExecutor executor;

  private SegmentsClient(Settings settings, ApiExecutor executor) {
    this.settings = settings;
    this.executor = executor;
  }

  /**
   * Starts building a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client that sends another API key and otherwise works like this one, sharing its connection
   * pool, interceptors and settings (for multi-tenant services).
   *
   * @param apiKey the other API key
   * @return the derived client
   */
  public SegmentsClient withApiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey must not be null");
    return withApiKey(() -> apiKey);
  }

  /**
   * A client that reads its API key from another supplier, on every request.
   *
   * @param apiKey supplies the other API key
   * @return the derived client
   */
  public SegmentsClient withApiKey(Supplier<String> apiKey) {
    Objects.requireNonNull(apiKey, "apiKey must not be null");
    return new SegmentsClient(this.settings, this.executor.withApiKey(apiKey));
  }

  /**
   * A client with another read timeout that shares this client's connection pool.
   *
   * @param readTimeout the read timeout, positive
   * @return the derived client
   */
  public SegmentsClient withReadTimeout(Duration readTimeout) {
    Settings derived = this.settings.withReadTimeout(readTimeout);
    return new SegmentsClient(derived, this.executor.withRestClient(derived.restClient()));
  }

  /**
   * Checks the API's status and that the key is accepted: {@code GET
   * /api_status/?lib_version=<version>}.
   *
   * @return the status; a 426 answer is not an error but {@link ApiStatus#upgradeRecommended()}
   * @throws ai.segments.client.exception.SegmentsException when the API is unreachable, the key is
   *     rejected or the API fails
   */
  public ApiStatus checkApiStatus() {
    try {
      this.executor.execute(
          ApiRequest.to(SegmentsOperation.API_STATUS).query("lib_version", VERSION));
      return new ApiStatus(200, false);
    } catch (NetworkException ex) {
      if (ex.statusCode().orElse(0) == 426) {
        return new ApiStatus(426, true);
      }
      throw ex;
    }
  }

  // ---------------------------------------------------------------------------------- datasets

  /**
   * Deletes a dataset: {@code DELETE /datasets/{owner}/{name}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @throws ai.segments.client.exception.ValidationException if the identifier is malformed
   * @throws ai.segments.client.exception.NotFoundException if the dataset does not exist
   * @throws ai.segments.client.exception.SegmentsException if the call fails
   */
  public void deleteDataset(String datasetIdentifier) {
    send(ApiRequest.to(SegmentsOperation.DELETE_DATASET).dataset(datasetIdentifier));
  }

  /**
   * Removes a collaborator from a dataset: {@code DELETE
   * /datasets/{owner}/{name}/collaborators/{username}}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param username the collaborator's username
   * @throws ai.segments.client.exception.ValidationException if an argument is blank or malformed
   * @throws ai.segments.client.exception.NotFoundException if the dataset or user does not exist
   * @throws ai.segments.client.exception.SegmentsException if the call fails
   */
  public void deleteDatasetCollaborator(String datasetIdentifier, String username) {
    send(
        ApiRequest.to(SegmentsOperation.DELETE_DATASET_COLLABORATOR)
            .dataset(datasetIdentifier)
            .segment("username", username));
  }

  // ----------------------------------------------------------------------------------- samples

  /**
   * Deletes a sample: {@code DELETE /samples/{uuid}/}.
   *
   * @param uuid the sample UUID
   * @throws ai.segments.client.exception.ValidationException if the UUID is blank
   * @throws ai.segments.client.exception.NotFoundException if the sample does not exist
   * @throws ai.segments.client.exception.SegmentsException if the call fails
   */
  public void deleteSample(String uuid) {
    send(ApiRequest.to(SegmentsOperation.DELETE_SAMPLE).segment("uuid", uuid));
  }

  // ------------------------------------------------------------------------------------ labels

  /**
   * Deletes the label of a sample in a labelset: {@code DELETE /labels/{sampleUuid}/{labelset}/}.
   *
   * @param sampleUuid the sample UUID
   * @param labelset the labelset name, e.g. {@code ground-truth}
   * @throws ai.segments.client.exception.ValidationException if an argument is blank
   * @throws ai.segments.client.exception.NotFoundException if there is no such label
   * @throws ai.segments.client.exception.SegmentsException if the call fails
   */
  public void deleteLabel(String sampleUuid, String labelset) {
    send(
        ApiRequest.to(SegmentsOperation.DELETE_LABEL)
            .segment("sampleUuid", sampleUuid)
            .segment("labelset", labelset));
  }

  // --------------------------------------------------------------------------------- labelsets

  /**
   * Deletes a labelset: {@code DELETE /datasets/{owner}/{name}/labelsets/{labelset}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the labelset name
   * @throws ai.segments.client.exception.ValidationException if an argument is blank or malformed
   * @throws ai.segments.client.exception.NotFoundException if the dataset or labelset does not
   *     exist
   * @throws ai.segments.client.exception.SegmentsException if the call fails
   */
  public void deleteLabelset(String datasetIdentifier, String name) {
    send(
        ApiRequest.to(SegmentsOperation.DELETE_LABELSET)
            .dataset(datasetIdentifier)
            .segment("name", name));
  }

  // ------------------------------------------------------------------------------------ issues

  /**
   * Deletes an issue: {@code DELETE /issues/{uuid}/}.
   *
   * @param uuid the issue UUID
   * @throws ai.segments.client.exception.ValidationException if the UUID is blank
   * @throws ai.segments.client.exception.NotFoundException if the issue does not exist
   * @throws ai.segments.client.exception.SegmentsException if the call fails
   */
  public void deleteIssue(String uuid) {
    send(ApiRequest.to(SegmentsOperation.DELETE_ISSUE).segment("uuid", uuid));
  }

  // ---------------------------------------------------------------------------------- releases

  /**
   * Deletes a release: {@code DELETE /datasets/{owner}/{name}/releases/{release}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the release name
   * @throws ai.segments.client.exception.ValidationException if an argument is blank or malformed
   * @throws ai.segments.client.exception.NotFoundException if the dataset or release does not exist
   * @throws ai.segments.client.exception.SegmentsException if the call fails
   */
  public void deleteRelease(String datasetIdentifier, String name) {
    send(
        ApiRequest.to(SegmentsOperation.DELETE_RELEASE)
            .dataset(datasetIdentifier)
            .segment("name", name));
  }

  // ---------------------------------------------------------------------------------- plumbing

  private void send(ApiRequest request) {
    this.executor.execute(request);
  }

  /**
   * The API base URL this client sends requests to.
   *
   * @return the base URL, ending in {@code /}
   */
  public URI baseUrl() {
    return this.settings.baseUrl();
  }

  @Override
  public String toString() {
    return "SegmentsClient[baseUrl=" + this.settings.baseUrl() + "]";
  }

  /** What a client was built from; kept to derive clients that share the transport. */
  private record Settings(
      RestClient.Builder restClientBuilder,
      SegmentsHttpTransport transport,
      URI baseUrl,
      Duration readTimeout,
      boolean compression) {

    RestClient restClient() {
      DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(this.baseUrl.toString());
      uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
      return this.restClientBuilder
          .clone()
          .uriBuilderFactory(uris)
          .requestFactory(this.transport.requestFactory(this.readTimeout))
          .build();
    }

    Settings withReadTimeout(Duration timeout) {
      return new Settings(
          this.restClientBuilder,
          this.transport,
          this.baseUrl,
          Builder.positive(timeout),
          this.compression);
    }
  }

  /** Builds a {@link SegmentsClient}; only an API key (or key supplier) is required. */
  public static final class Builder {

    /** The default API base URL. */
    public static final String DEFAULT_API_URL = "https://api.segments.ai/";

    private RestClient.Builder restClientBuilder = RestClient.builder();
    private SegmentsHttpTransport transport;
    private Supplier<String> apiKey;
    private String apiUrl = DEFAULT_API_URL;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private boolean strictValidation = true;
    private boolean compression = true;
    private ObjectMapper objectMapper;
    private Clock clock = Clock.systemUTC();
    private final List<SegmentsCallInterceptor> interceptors = new ArrayList<>();

    private Builder() {}

    /**
     * Builds on a {@link RestClient.Builder} (copied, never changed), e.g. Spring Boot's, so that
     * its customizations apply. Its request factory is replaced by the {@link #transport
     * transport}'s.
     *
     * @param restClientBuilder the builder to copy
     * @return this builder
     */
    public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
      this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder");
      return this;
    }

    /**
     * Builds on an existing {@link RestClient} (copied through {@link RestClient#mutate()}).
     *
     * @param restClient the client to copy
     * @return this builder
     */
    public Builder restClient(RestClient restClient) {
      return restClientBuilder(Objects.requireNonNull(restClient, "restClient").mutate());
    }

    /**
     * The pooled HTTP client to use; by default {@link SegmentsHttpTransport#detect(Duration)}.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(SegmentsHttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * The API key.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      return apiKey(() -> apiKey);
    }

    /**
     * Where the API key comes from; read on every request, so keys can rotate.
     *
     * @param apiKey supplies the key
     * @return this builder
     */
    public Builder apiKey(Supplier<String> apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * The API base URL; defaults to {@value #DEFAULT_API_URL}. A path prefix is kept.
     *
     * @param apiUrl an absolute {@code http} or {@code https} URL
     * @return this builder
     */
    public Builder apiUrl(String apiUrl) {
      this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
      return this;
    }

    /**
     * The connect timeout of the default transport; defaults to 10 seconds.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout);
      return this;
    }

    /**
     * The read timeout; defaults to 60 seconds.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout);
      return this;
    }

    /**
     * Whether responses that do not match the model fail (the default) or are read leniently, like
     * the SDK's non-strict mode: unknown enum values and shape mismatches then do not fail.
     *
     * @param strictValidation {@code true} to fail on mismatches
     * @return this builder
     */
    public Builder strictValidation(boolean strictValidation) {
      this.strictValidation = strictValidation;
      return this;
    }

    /**
     * Whether to gzip request bodies where the SDK does (add and update of samples and labels); on
     * by default.
     *
     * @param compression {@code true} to compress
     * @return this builder
     */
    public Builder compression(boolean compression) {
      this.compression = compression;
      return this;
    }

    /**
     * The object mapper to use instead of the client's own; it must be configured like {@code
     * SegmentsJson.objectMapper(boolean)}.
     *
     * @param objectMapper the mapper
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    /**
     * Adds an interceptor around every logical call; the first added is the outermost.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder interceptor(SegmentsCallInterceptor interceptor) {
      this.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * The clock {@code Retry-After} dates are measured against; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no API key was given
     * @throws IllegalArgumentException if the API URL is not an absolute http(s) URL
     */
    public SegmentsClient build() {
      if (this.apiKey == null) {
        throw new IllegalStateException("An API key is required: call apiKey(...)");
      }
      SegmentsHttpTransport chosen =
          (this.transport != null)
              ? this.transport
              : SegmentsHttpTransport.detect(this.connectTimeout);
      Settings settings =
          new Settings(
              this.restClientBuilder.clone(),
              chosen,
              ApiUrls.parse(this.apiUrl),
              this.readTimeout,
              this.compression);
      ObjectMapper mapper = (this.objectMapper != null) ? this.objectMapper : defaultObjectMapper();
      ApiExecutor executor =
          new ApiExecutor(
              settings.restClient(),
              settings.baseUrl(),
              new JsonCodec(mapper),
              this.apiKey,
              this.interceptors,
              this.clock);
      return new SegmentsClient(settings, executor);
    }

    private ObjectMapper defaultObjectMapper() {
      return new ObjectMapper().findAndRegisterModules();
    }

    static Duration positive(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("Timeouts must be positive, got " + duration);
      }
      return duration;
    }
  }
}
