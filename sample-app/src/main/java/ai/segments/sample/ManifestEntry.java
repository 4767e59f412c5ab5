package ai.segments.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of an import manifest: an image sample to create.
 *
 * @param name the sample name, unique in its dataset
 * @param url the image URL
 * @param metadata free-form metadata attached to the sample (may be empty)
 */
public record ManifestEntry(String name, String url, Map<String, Object> metadata) {

  /** Copies the metadata, keeping its order; {@code null} becomes empty. */
  public ManifestEntry {
    metadata =
        (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : Map.of();
  }
}
