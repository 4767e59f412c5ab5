package ai.segments.autoconfigure;

import ai.segments.client.ApiUrls;
import ai.segments.client.SegmentsClient;
import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the auto-configured {@code SegmentsClient}, under the prefix {@code segments}.
 * Its defaults are the plain client's ({@link SegmentsClient.Builder}'s {@code DEFAULT_*}
 * constants), and it binds {@code compression.*} and {@code web.*} too. Every other prefix under
 * {@code segments} has one class of its own: {@code segments.retry.*} (with the budget) {@link
 * SegmentsRetryProperties}, {@code segments.rate-limit.*} {@link SegmentsRateLimitProperties},
 * {@code segments.circuit-breaker.*} {@link SegmentsCircuitBreakerProperties}, {@code
 * segments.download.*} {@link SegmentsDownloadProperties}; {@code segments.emulator.*}, {@code
 * segments.webhook.*} and {@code segments.export.*} theirs, beside their auto-configurations.
 *
 * <p>Checked once bound: a malformed value fails startup with a {@link
 * SegmentsConfigurationException} that names the property.
 */
@ConfigurationProperties("segments")
public class SegmentsProperties implements InitializingBean {

  /**
   * The default API base URL.
   *
   * @deprecated since the settings have one home: use {@link
   *     SegmentsClient.Builder#DEFAULT_API_URL}, which this repeats
   */
  @Deprecated public static final String DEFAULT_API_URL = SegmentsClient.Builder.DEFAULT_API_URL;

  /**
   * API key; required unless the embedded emulator is enabled. The SEGMENTS_API_KEY environment
   * variable binds to it.
   */
  private String apiKey;

  /** API base URL: an absolute http or https URL without user info, query or fragment. */
  private String apiUrl = SegmentsClient.Builder.DEFAULT_API_URL;

  /** Connect timeout of the client's own HTTP connection pool. */
  private Duration connectTimeout = SegmentsClient.Builder.DEFAULT_CONNECT_TIMEOUT;

  /** Read timeout of every request of the client (not of the application's other clients). */
  private Duration readTimeout = SegmentsClient.Builder.DEFAULT_READ_TIMEOUT;

  /**
   * Whether responses that don't match the model fail; false reads them leniently, like the Python
   * SDK's non-strict mode.
   */
  private boolean strictValidation = SegmentsClient.Builder.DEFAULT_STRICT_VALIDATION;

  /** Largest response body the client reads; a larger one fails instead of exhausting memory. */
  private DataSize maxResponseSize = SegmentsClient.Builder.DEFAULT_MAX_RESPONSE_SIZE;

  /**
   * Deepest nesting of JSON objects and arrays the client reads; a deeper response fails instead of
   * exhausting the stack.
   */
  private int maxJsonNestingDepth = SegmentsClient.Builder.DEFAULT_MAX_JSON_NESTING_DEPTH;

  /**
   * Whether to check the API and the key at startup, like the Python SDK does when it creates a
   * client: a rejected key fails the startup; an unreachable API only logs a warning.
   */
  private boolean verifyOnStartup = true;

  /**
   * Whether sample and label attribute maps are sent the way the Python SDK sends them:
   * re-serialized through the models, dropping keys the models do not know. By default they are
   * validated and sent as given.
   */
  private boolean normalizeAttributes = SegmentsClient.Builder.DEFAULT_NORMALIZE_ATTRIBUTES;

  private final Compression compression = new Compression();

  private final Web web = new Web();

  /**
   * The API key.
   *
   * @return the key, or {@code null} when not set
   */
  public String getApiKey() {
    return this.apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the key
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * The API base URL.
   *
   * @return the URL
   */
  public String getApiUrl() {
    return this.apiUrl;
  }

  /**
   * Sets the API base URL.
   *
   * @param apiUrl the URL
   */
  public void setApiUrl(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  /**
   * The connect timeout.
   *
   * @return the timeout
   */
  public Duration getConnectTimeout() {
    return this.connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * The read timeout.
   *
   * @return the timeout
   */
  public Duration getReadTimeout() {
    return this.readTimeout;
  }

  /**
   * Sets the read timeout.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * Whether the API and the key are checked at startup.
   *
   * @return {@code true} to check
   */
  public boolean isVerifyOnStartup() {
    return this.verifyOnStartup;
  }

  /**
   * Sets whether the API and the key are checked at startup.
   *
   * @param verifyOnStartup {@code true} to check
   */
  public void setVerifyOnStartup(boolean verifyOnStartup) {
    this.verifyOnStartup = verifyOnStartup;
  }

  /**
   * Whether sample and label attribute maps are re-serialized through the models before sending.
   *
   * @return {@code true} to normalize
   */
  public boolean isNormalizeAttributes() {
    return this.normalizeAttributes;
  }

  /**
   * Sets whether sample and label attribute maps are re-serialized through the models.
   *
   * @param normalizeAttributes {@code true} to normalize
   */
  public void setNormalizeAttributes(boolean normalizeAttributes) {
    this.normalizeAttributes = normalizeAttributes;
  }

  /**
   * Whether responses that don't match the model fail.
   *
   * @return {@code true} for strict reading
   */
  public boolean isStrictValidation() {
    return this.strictValidation;
  }

  /**
   * Sets whether responses that don't match the model fail.
   *
   * @param strictValidation {@code true} for strict reading
   */
  public void setStrictValidation(boolean strictValidation) {
    this.strictValidation = strictValidation;
  }

  /**
   * The largest response body read.
   *
   * @return the size
   */
  public DataSize getMaxResponseSize() {
    return this.maxResponseSize;
  }

  /**
   * Sets the largest response body read.
   *
   * @param maxResponseSize between 1 byte and 2GB
   */
  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /**
   * The deepest JSON nesting read.
   *
   * @return the depth
   */
  public int getMaxJsonNestingDepth() {
    return this.maxJsonNestingDepth;
  }

  /**
   * Sets the deepest JSON nesting read.
   *
   * @param maxJsonNestingDepth at least 1
   */
  public void setMaxJsonNestingDepth(int maxJsonNestingDepth) {
    this.maxJsonNestingDepth = maxJsonNestingDepth;
  }

  /**
   * Request compression settings.
   *
   * @return the settings
   */
  public Compression getCompression() {
    return this.compression;
  }

  /**
   * Web (controller advice) settings.
   *
   * @return the settings
   */
  public Web getWeb() {
    return this.web;
  }

  /**
   * Checks the bound values.
   *
   * @throws SegmentsConfigurationException naming the first property with an invalid value
   */
  @Override
  public void afterPropertiesSet() {
    checkApiUrl(this.apiUrl);
    requirePositive("segments.connect-timeout", this.connectTimeout);
    requirePositive("segments.read-timeout", this.readTimeout);
    checkLimits();
  }

  private static void checkApiUrl(String apiUrl) {
    if (apiUrl == null || !isApiUrl(apiUrl)) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.api-url",
          "must be an absolute http or https URL with a host and without user info, query or"
              + " fragment",
          "Set 'segments.api-url' to the API base URL, for example "
              + SegmentsClient.Builder.DEFAULT_API_URL);
    }
  }

  private static boolean isApiUrl(String apiUrl) {
    try {
      ApiUrls.parse(apiUrl);
      return true;
    } catch (IllegalArgumentException ex) {
      return false;
    }
  }

  private void checkLimits() {
    if (this.maxResponseSize == null
        || this.maxResponseSize.toBytes() < 1
        || this.maxResponseSize.toBytes() >= Integer.MAX_VALUE) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.max-response-size",
          "must be between 1B and 2GB",
          "Set 'segments.max-response-size' to a size like 64MB");
    }
    if (this.maxJsonNestingDepth < 1) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.max-json-nesting-depth",
          "must be at least 1",
          "Set 'segments.max-json-nesting-depth' to a depth like 200");
    }
  }

  static void requirePositive(String property, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw SegmentsConfigurationException.invalidProperty(
          property, "must be a positive duration", "Set '" + property + "' to a value like 10s");
    }
  }

  /** Gzip compression of request bodies. */
  public static class Compression {

    /** Whether to gzip request bodies on the operations the Python SDK compresses. */
    private boolean enabled = SegmentsClient.Builder.DEFAULT_COMPRESSION;

    /**
     * Whether compression is on.
     *
     * @return {@code true} when on
     */
    public boolean isEnabled() {
      return this.enabled;
    }

    /**
     * Turns compression on or off.
     *
     * @param enabled {@code true} to compress
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** Web support. */
  public static class Web {

    private final ExceptionHandler exceptionHandler = new ExceptionHandler();

    /**
     * The controller advice settings.
     *
     * @return the settings
     */
    public ExceptionHandler getExceptionHandler() {
      return this.exceptionHandler;
    }

    /** The controller advice that maps Segments exceptions to problem details. */
    public static class ExceptionHandler {

      /**
       * Whether to register the controller advice that turns Segments exceptions into RFC 9457
       * problem details (servlet web applications only).
       */
      private boolean enabled = true;

      /**
       * Whether the advice is registered.
       *
       * @return {@code true} when registered
       */
      public boolean isEnabled() {
        return this.enabled;
      }

      /**
       * Registers the advice or not.
       *
       * @param enabled {@code true} to register it
       */
      public void setEnabled(boolean enabled) {
        this.enabled = enabled;
      }
    }
  }
}
