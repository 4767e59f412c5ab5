package ai.segments.emulator;

import java.util.HashMap;
import java.util.Map;

/**
 * The emulator's throttles, checked as Django REST framework's {@code APIView.check_throttles}
 * does: the limit per user and the scoped limit of the request's operation are all asked (each logs
 * the request if it accepts it, even when another refuses), and a refusal waits the longest of the
 * refusing throttles' waits.
 *
 * @param perUser the limit on all of a user's requests, or null
 * @param perOperation a limit per operation name (DRF's {@code ScopedRateThrottle}), each with its
 *     own counts per user
 */
record Throttles(RequestLimit perUser, Map<String, RequestLimit> perOperation) {

  /** No limits. */
  static final Throttles NONE = new Throttles(null, Map.of());

  Throttles {
    perOperation = Map.copyOf(perOperation);
  }

  /**
   * These throttles with another limit per user.
   *
   * @param limit the new limit, or null for none
   * @return the new throttles
   */
  Throttles withPerUser(RequestLimit limit) {
    return new Throttles(limit, this.perOperation);
  }

  /**
   * These throttles with another limit for one operation.
   *
   * @param operation the operation name, e.g. {@code getSamples}
   * @param limit the limit
   * @return the new throttles
   */
  Throttles withOperation(String operation, RequestLimit limit) {
    Map<String, RequestLimit> scopes = new HashMap<>(this.perOperation);
    scopes.put(operation, limit);
    return new Throttles(this.perUser, scopes);
  }

  /**
   * Counts a request.
   *
   * @param user the authenticated user
   * @param operation the request's operation name
   * @return 0 when every throttle accepts it, else the longest wait in whole seconds
   */
  long acquire(String user, String operation) {
    long wait = this.perUser == null ? 0 : this.perUser.acquire(user);
    RequestLimit scoped = this.perOperation.get(operation);
    return scoped == null ? wait : Math.max(wait, scoped.acquire(user));
  }
}
