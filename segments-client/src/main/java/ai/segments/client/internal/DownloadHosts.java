package ai.segments.client.internal;

import ai.segments.client.download.UrlOrigin;
import ai.segments.client.exception.DownloadHostSkippedException;
import ai.segments.client.exception.SegmentsException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of the hosts downloads go to other than the API: each failing host is tracked on its
 * own, so that one dead image host costs about one connection attempt instead of several per image,
 * and never counts against the API.
 *
 * <ul>
 *   <li>a connection that could not be made (refused, unknown host, no route, connect timeout)
 *       marks the host down at once;
 *   <li>other failures that point at the host (a transport failure after connecting, a read
 *       timeout, HTTP 5xx, a broken body) count toward a budget of consecutive failures; the last
 *       one it allows marks the host down;
 *   <li>while a host is down its downloads fail at once with a {@link
 *       DownloadHostSkippedException}; after the cool-down the host is tried again, and one more
 *       failure marks it down again;
 *   <li>a success forgets the host; an answer such as 404 says nothing about the host's health.
 * </ul>
 *
 * <p>At most {@value #MAX_TRACKED_HOSTS} failing hosts are remembered; the longest known is
 * forgotten first.
 */
public final class DownloadHosts {

  static final int MAX_TRACKED_HOSTS = 1024;

  private final int failureBudget;
  private final Duration coolDown;
  private final Clock clock;
  private final Map<String, HostState> hosts =
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HostState> eldest) {
          return size() > MAX_TRACKED_HOSTS;
        }
      };

  /**
   * Creates the tracker.
   *
   * @param failureBudget how many failures in a row mark a host down, at least 1
   * @param coolDown how long a host that is down is skipped, positive
   * @param clock measures the cool-down
   */
  public DownloadHosts(int failureBudget, Duration coolDown, Clock clock) {
    if (failureBudget < 1) {
      throw new IllegalArgumentException("The failure budget must be at least 1: " + failureBudget);
    }
    if (coolDown.isNegative() || coolDown.isZero()) {
      throw new IllegalArgumentException("The cool-down must be positive: " + coolDown);
    }
    this.failureBudget = failureBudget;
    this.coolDown = coolDown;
    this.clock = clock;
  }

  /**
   * The key a URL's host is tracked by.
   *
   * @param url an absolute http(s) URL
   * @return {@code host:port}, the host in lower case
   */
  public static String hostOf(URI url) {
    return UrlOrigin.of(url).hostAndPort();
  }

  /**
   * Fails fast while the host is down.
   *
   * @param host the host, as {@link #hostOf(URI)} names it
   * @param operation the operation about to run
   * @throws DownloadHostSkippedException while the host's cool-down lasts
   */
  public synchronized void checkUp(String host, String operation) {
    HostState state = this.hosts.get(host);
    if (state != null
        && state.downUntil != null
        && this.clock.instant().isBefore(state.downUntil)) {
      throw new DownloadHostSkippedException(operation, host, state.downUntil, state.lastFailure);
    }
  }

  /**
   * Records a download that succeeded: the host is healthy.
   *
   * @param host the host
   */
  public synchronized void succeeded(String host) {
    this.hosts.remove(host);
  }

  /**
   * Records a download that failed, marking the host down when the failure says so.
   *
   * @param host the host
   * @param failure the failure
   */
  public synchronized void failed(String host, SegmentsException failure) {
    boolean unreachable = isConnectFailure(failure);
    if (!unreachable && !isHostFailure(failure)) {
      return;
    }
    HostState state = this.hosts.computeIfAbsent(host, key -> new HostState());
    state.lastFailure = failure;
    state.failures = unreachable ? this.failureBudget : state.failures + 1;
    if (state.failures >= this.failureBudget) {
      state.downUntil = this.clock.instant().plus(this.coolDown);
      // After the cool-down, one more failure is enough to mark the host down again.
      state.failures = this.failureBudget - 1;
    }
  }

  private static boolean isHostFailure(SegmentsException failure) {
    int status = failure.statusCode().orElse(0);
    return failure.isTransportFailure() || status >= 500 || (status >= 200 && status < 300);
  }

  private static boolean isConnectFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException
          || cause instanceof HttpConnectTimeoutException
          // Apache HttpClient's connect timeout, named so that Apache stays optional.
          || cause.getClass().getName().endsWith(".ConnectTimeoutException")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** What is known about one failing host. */
  private static final class HostState {
    private int failures;
    private Instant downUntil;
    private SegmentsException lastFailure;
  }
}
