package ai.segments.autoconfigure;

/**
 * {@link SegmentsConnectionDetails} from {@code segments.api-url} and {@code segments.api-key},
 * used when no other {@code SegmentsConnectionDetails} bean (e.g. the emulator's) exists.
 */
public class PropertiesSegmentsConnectionDetails implements SegmentsConnectionDetails {

  private final SegmentsProperties properties;

  /**
   * Creates the details.
   *
   * @param properties the bound properties, read on every call so that a refreshed key applies
   */
  public PropertiesSegmentsConnectionDetails(SegmentsProperties properties) {
    this.properties = properties;
  }

  @Override
  public String apiUrl() {
    return this.properties.getApiUrl();
  }

  @Override
  public String apiKey() {
    return this.properties.getApiKey();
  }

  @Override
  public String toString() {
    return "PropertiesSegmentsConnectionDetails[apiUrl=" + apiUrl() + "]";
  }
}
