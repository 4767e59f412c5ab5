package ai.segments.autoconfigure;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the Segments secrets ({@code segments.api-key}, {@code segments.webhook.secret}) in the
 * {@code env} and {@code configprops} endpoints, in every spelling ({@code SEGMENTS_API_KEY},
 * {@code segments.apiKey}...), even when an application shows values with {@code
 * show-values=ALWAYS}.
 */
public class SegmentsSanitizingFunction implements SanitizingFunction {

  private static final Set<String> SECRETS = Set.of("segmentsapikey", "segmentswebhooksecret");

  /** Creates the function. */
  public SegmentsSanitizingFunction() {}

  @Override
  public SanitizableData apply(SanitizableData data) {
    return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
  }

  static boolean isSecret(String key) {
    String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return SECRETS.contains(normalized);
  }
}
