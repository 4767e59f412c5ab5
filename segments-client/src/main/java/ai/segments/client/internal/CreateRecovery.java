package ai.segments.client.internal;

import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What one create call does when an attempt fails in a way that leaves its outcome unknown: the
 * request may have reached the server and the resource may exist although no readable success
 * answer arrived (a read timeout, a reset connection, any 5xx, an unreadable 2xx body).
 *
 * <ul>
 *   <li><b>Named</b> creates ({@link #byName}: datasets, samples, labelsets, releases, clones,
 *       collaborators), whose name is unique where they live: the resource is looked up by name. If
 *       it exists, the call succeeds with it. If not, the failure is marked {@link
 *       SegmentsException#isSafeToRetry() safe to retry} so that a retry policy may send the create
 *       again; an "already exists" answer to such a later attempt of the same call (the first
 *       request was still being processed) is turned into the existing resource as well.
 *   <li><b>Unnamed</b> creates ({@link #unnamed()}: issues, asset uploads) cannot be told apart
 *       from a duplicate: the failure is marked {@link SegmentsException#mayHaveBeenApplied()} and
 *       never retried.
 *   <li>A failure to connect (nothing was sent) is marked safe to retry for both.
 * </ul>
 *
 * <p>One instance serves one logical call (all its attempts); it runs innermost, inside the retry
 * and observation interceptors, so that lookups are ordinary, observed and retried client calls.
 *
 * @param <T> the created resource type
 */
public final class CreateRecovery<T> implements CallRecovery<T> {

  /**
   * Finds the resource a create would have made.
   *
   * @param <T> the resource type
   */
  @FunctionalInterface
  public interface Lookup<T> {

    /**
     * Looks the resource up.
     *
     * @return the resource, or empty when it does not exist
     * @throws SegmentsException when the lookup fails
     */
    Optional<T> find();
  }

  private final Lookup<T> lookup;
  private final Predicate<SegmentsException> alreadyExists;
  private volatile boolean uncertain;

  private CreateRecovery(Lookup<T> lookup, Predicate<SegmentsException> alreadyExists) {
    this.lookup = lookup;
    this.alreadyExists = alreadyExists;
  }

  /**
   * Recovery for a create of a uniquely named resource that answers a duplicate with {@link
   * AlreadyExistsException}.
   *
   * @param lookup finds the resource by its name
   * @param <T> the resource type
   * @return the recovery, for one call
   */
  public static <T> CreateRecovery<T> byName(Lookup<T> lookup) {
    return byName(lookup, AlreadyExistsException.class::isInstance);
  }

  /**
   * Recovery for a create of a uniquely named resource.
   *
   * @param lookup finds the resource by its name
   * @param alreadyExists recognizes the answer to a duplicate create
   * @param <T> the resource type
   * @return the recovery, for one call
   */
  public static <T> CreateRecovery<T> byName(
      Lookup<T> lookup, Predicate<SegmentsException> alreadyExists) {
    return new CreateRecovery<>(lookup, alreadyExists);
  }

  /**
   * Recovery for a create that has nothing unique to look it up by: never retried once it may have
   * reached the server.
   *
   * @param <T> the resource type
   * @return the recovery, for one call
   */
  public static <T> CreateRecovery<T> unnamed() {
    return new CreateRecovery<>(null, ex -> false);
  }

  /**
   * A lookup result for a getter that throws {@link NotFoundException} for a missing resource.
   *
   * @param get the getter
   * @param <T> the resource type
   * @return the resource, or empty if it was not found
   */
  public static <T> Optional<T> unlessNotFound(Supplier<T> get) {
    try {
      return Optional.of(get.get());
    } catch (NotFoundException ex) {
      return Optional.empty();
    }
  }

  /**
   * Runs one attempt of the create.
   *
   * @param send sends the create request once
   * @return the response: the created resource, or the existing one found after an unknown outcome
   * @throws SegmentsException the attempt's failure, marked as described above
   */
  @Override
  public SegmentsResponse<T> attempt(Supplier<SegmentsResponse<T>> send) {
    try {
      return send.get();
    } catch (SegmentsException ex) {
      return recover(ex);
    }
  }

  private SegmentsResponse<T> recover(SegmentsException ex) {
    if (neverArrived(ex)) {
      ex.markSafeToRetry();
      throw ex;
    }
    boolean duplicateOfOurs = this.uncertain && this.alreadyExists.test(ex);
    if (!duplicateOfOurs && !isAmbiguous(ex)) {
      throw ex;
    }
    if (this.lookup == null) {
      ex.markMayHaveBeenApplied();
      throw ex;
    }
    this.uncertain = true;
    Optional<T> existing;
    try {
      existing = this.lookup.find();
    } catch (SegmentsException lookupFailure) {
      ex.addSuppressed(lookupFailure);
      ex.markMayHaveBeenApplied();
      throw ex;
    }
    if (existing.isPresent()) {
      return new SegmentsResponse<>(200, existing.get());
    }
    ex.markSafeToRetry();
    throw ex;
  }

  /**
   * Whether a failed attempt may have been processed by the server: no answer after the request was
   * sent (timeout, reset, truncated body), any 5xx, or a 2xx whose body could not be read.
   *
   * @param ex the failure
   * @return {@code true} when the outcome is unknown
   */
  static boolean isAmbiguous(SegmentsException ex) {
    if (ex.isTransportFailure()) {
      return true;
    }
    int status = ex.statusCode().orElse(0);
    return status >= 500 || (status >= 200 && status < 300);
  }

  /**
   * Whether a transport failure happened before anything was sent: connection refused, unknown
   * host, no route, connect timeout.
   *
   * @param ex the failure
   * @return {@code true} when the request never reached the server
   */
  static boolean neverArrived(SegmentsException ex) {
    if (!ex.isTransportFailure()) {
      return false;
    }
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException
          || cause instanceof HttpConnectTimeoutException
          || cause.getClass().getSimpleName().equals("ConnectTimeoutException")) {
        return true;
      }
    }
    return false;
  }
}
