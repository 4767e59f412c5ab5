package ai.segments.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Fault injection for resilience tests. Each {@code for...} call adds an active {@link FaultRule};
 * the first active rule matching a request applies. Example: {@code
 * emulator.faults().forOperation("getSamples").status(503).times(2)}.
 *
 * <p>Operation names are the Python SDK methods in camelCase ({@code getSamples}, {@code addLabel},
 * ...). Faults apply before authentication and rate limiting.
 */
public final class FaultInjector {

  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

  FaultInjector() {}

  /**
   * A rule for one operation, e.g. {@code getSamples}.
   *
   * @param operation the operation name
   * @return the new, active rule
   */
  public FaultRule forOperation(String operation) {
    return add(new FaultRule(operation, null));
  }

  /**
   * A rule for requests whose raw path contains a match of the regular expression.
   *
   * @param regex e.g. {@code /samples/}
   * @return the new, active rule
   */
  public FaultRule forPath(String regex) {
    return add(new FaultRule(null, Pattern.compile(regex)));
  }

  /**
   * A rule for every request.
   *
   * @return the new, active rule
   */
  public FaultRule forAnyRequest() {
    return add(new FaultRule(null, null));
  }

  /** Removes all rules. */
  public void clear() {
    rules.clear();
  }

  private FaultRule add(FaultRule rule) {
    rules.add(rule);
    return rule;
  }

  /** The rule that applies to this request, or null; used-up rules are removed. */
  FaultRule next(String operation, String rawPath) {
    for (FaultRule rule : rules) {
      if (rule.matches(operation, rawPath) && rule.tryApply()) {
        if (rule.exhausted()) {
          rules.remove(rule);
        }
        return rule;
      }
    }
    return null;
  }
}
