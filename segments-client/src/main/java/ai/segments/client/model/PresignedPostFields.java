package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * Where and how to upload an asset: a multipart POST to {@code url} with every form field of {@code
 * fields}, in order, followed by the file part.
 *
 * @param url the upload URL
 * @param fields all form fields the server returned, in server order (extra fields such as {@code
 *     x-amz-security-token} are kept)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PresignedPostFields(@Required String url, @Required Map<String, String> fields) {

  /** Copies the fields, keeping their order. */
  public PresignedPostFields {
    fields = ModelCollections.map(fields);
  }
}
