package ai.segments.autoconfigure;

import ai.segments.client.SegmentsClient;
import ai.segments.client.download.DownloadPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Downloads outside the API ({@code segments.download.*}): release files, label bitmaps and the
 * images of exports. Which hosts may be downloaded from, how long a download may wait and take, how
 * long a failing host is skipped and how many downloads one host gets at once.
 */
@ConfigurationProperties("segments.download")
public class SegmentsDownloadProperties implements InitializingBean {

  /**
   * The longest wait for the bytes of a download, the response included: a download fails when no
   * byte arrived for that long, but runs on as long as bytes keep coming. Unset: {@code
   * segments.read-timeout}.
   */
  private Duration readTimeout;

  /**
   * The longest one download attempt may take in all; unset for no limit. A download past it fails
   * and is not retried.
   */
  private Duration deadline;

  /**
   * Hosts downloads may come from although they resolve to a loopback, link-local (cloud metadata),
   * private, multicast or wildcard address, which are refused by default: {@code host} for any port
   * or {@code host:port}, IPv6 literals in brackets. The API's own origin is always allowed.
   */
  private List<String> allowedHosts = new ArrayList<>();

  /**
   * How many failed downloads in a row (HTTP 5xx, broken bodies, read timeouts) mark a host other
   * than the API's down; a connection that cannot be made marks it down at once.
   */
  private int hostFailureBudget = SegmentsClient.Builder.DEFAULT_DOWNLOAD_HOST_FAILURE_BUDGET;

  /** How long a download host that is down is skipped: its downloads fail at once. */
  private Duration hostCoolDown = SegmentsClient.Builder.DEFAULT_DOWNLOAD_HOST_COOL_DOWN;

  /**
   * How many downloads run at once against one host other than the API's (image hosts are often
   * third parties), whatever number of threads download, e.g. an export's; the others wait. Each
   * attempt holds a slot, the waits between retries do not.
   */
  private int concurrencyPerHost = SegmentsClient.Builder.DEFAULT_DOWNLOAD_CONCURRENCY_PER_HOST;

  /** Creates the properties with their defaults. */
  public SegmentsDownloadProperties() {}

  /**
   * The longest wait for bytes.
   *
   * @return the timeout, or {@code null} for {@code segments.read-timeout}
   */
  public Duration getReadTimeout() {
    return this.readTimeout;
  }

  /**
   * Sets the longest wait for bytes.
   *
   * @param readTimeout positive, or {@code null} for {@code segments.read-timeout}
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * The longest one download attempt may take.
   *
   * @return the deadline, or {@code null} for none
   */
  public Duration getDeadline() {
    return this.deadline;
  }

  /**
   * Sets the longest one download attempt may take.
   *
   * @param deadline positive, or {@code null} for none
   */
  public void setDeadline(Duration deadline) {
    this.deadline = deadline;
  }

  /**
   * The hosts allowed although their addresses are internal.
   *
   * @return {@code host} or {@code host:port} entries
   */
  public List<String> getAllowedHosts() {
    return this.allowedHosts;
  }

  /**
   * Sets the hosts allowed although their addresses are internal.
   *
   * @param allowedHosts {@code host} or {@code host:port} entries
   */
  public void setAllowedHosts(List<String> allowedHosts) {
    this.allowedHosts = allowedHosts;
  }

  /**
   * How many failures in a row mark a host down.
   *
   * @return at least 1
   */
  public int getHostFailureBudget() {
    return this.hostFailureBudget;
  }

  /**
   * Sets how many failures in a row mark a host down.
   *
   * @param hostFailureBudget at least 1
   */
  public void setHostFailureBudget(int hostFailureBudget) {
    this.hostFailureBudget = hostFailureBudget;
  }

  /**
   * How long a host that is down is skipped.
   *
   * @return the cool-down
   */
  public Duration getHostCoolDown() {
    return this.hostCoolDown;
  }

  /**
   * Sets how long a host that is down is skipped.
   *
   * @param hostCoolDown positive
   */
  public void setHostCoolDown(Duration hostCoolDown) {
    this.hostCoolDown = hostCoolDown;
  }

  /**
   * How many downloads run at once against one host.
   *
   * @return at least 1
   */
  public int getConcurrencyPerHost() {
    return this.concurrencyPerHost;
  }

  /**
   * Sets how many downloads run at once against one host.
   *
   * @param concurrencyPerHost at least 1
   */
  public void setConcurrencyPerHost(int concurrencyPerHost) {
    this.concurrencyPerHost = concurrencyPerHost;
  }

  /**
   * Applies the properties to a client builder.
   *
   * @param builder the builder
   * @return the builder
   */
  SegmentsClient.Builder applyTo(SegmentsClient.Builder builder) {
    if (this.readTimeout != null) {
      builder.downloadReadTimeout(this.readTimeout);
    }
    this.allowedHosts.forEach(builder::allowDownloadHost);
    return builder
        .downloadDeadline(this.deadline)
        .downloadHostFailureBudget(this.hostFailureBudget)
        .downloadHostCoolDown(this.hostCoolDown)
        .downloadConcurrencyPerHost(this.concurrencyPerHost);
  }

  /**
   * Checks the bound values.
   *
   * @throws SegmentsConfigurationException naming the first property with an invalid value
   */
  @Override
  public void afterPropertiesSet() {
    requirePositive("segments.download.read-timeout", this.readTimeout, true);
    requirePositive("segments.download.deadline", this.deadline, true);
    requirePositive("segments.download.host-cool-down", this.hostCoolDown, false);
    if (this.hostFailureBudget < 1) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.download.host-failure-budget",
          "must be at least 1",
          "Set 'segments.download.host-failure-budget' to a number of failures like 3");
    }
    if (this.concurrencyPerHost < 1) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.download.concurrency-per-host",
          "must be at least 1",
          "Set 'segments.download.concurrency-per-host' to a number of downloads like "
              + SegmentsClient.Builder.DEFAULT_DOWNLOAD_CONCURRENCY_PER_HOST);
    }
    try {
      DownloadPolicy.of(URI.create(SegmentsClient.Builder.DEFAULT_API_URL), this.allowedHosts);
    } catch (IllegalArgumentException ex) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.download.allowed-hosts",
          ex.getMessage(),
          "List hosts as 'host' or 'host:port', e.g. 'minio.internal:9000'");
    }
  }

  private static void requirePositive(String property, Duration value, boolean optional) {
    if ((value == null && !optional) || (value != null && (value.isNegative() || value.isZero()))) {
      throw SegmentsConfigurationException.invalidProperty(
          property, "must be a positive duration", "Set '" + property + "' to a duration like 30s");
    }
  }
}
