package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A reference to an asset (the API's URL model).
 *
 * @param url the asset URL
 * @param signedUrl a pre-signed, time-limited URL for private buckets, when requested
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Url(String url, String signedUrl) {

  /**
   * Creates a reference without a signed URL.
   *
   * @param url the asset URL
   * @return the reference
   */
  public static Url of(String url) {
    return new Url(url, null);
  }
}
