package ai.segments.autoconfigure;

/**
 * The Segments configuration is missing or invalid; startup fails and {@link
 * SegmentsConfigurationFailureAnalyzer} tells what to set. Never carries a secret.
 */
public class SegmentsConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String action;

  /**
   * Creates the exception.
   *
   * @param property the property at fault, e.g. {@code segments.api-url}
   * @param description what is wrong
   * @param action what to do about it
   */
  public SegmentsConfigurationException(String property, String description, String action) {
    super(description);
    this.property = property;
    this.action = action;
  }

  /**
   * No API key is configured and no connection details supply one.
   *
   * @return the exception
   */
  public static SegmentsConfigurationException missingApiKey() {
    return new SegmentsConfigurationException(
        "segments.api-key",
        "No Segments API key is configured: the auto-configured SegmentsClient needs one to call"
            + " the Segments.ai API.",
        "Set the 'segments.api-key' property (e.g. in application.properties) or the"
            + " SEGMENTS_API_KEY environment variable to your Segments.ai API key. To run"
            + " without a key, enable the embedded emulator with 'segments.emulator.enabled=true'"
            + " (needs the segments-emulator module).");
  }

  /**
   * A property has an invalid value.
   *
   * @param property the property
   * @param problem what is wrong with the value, e.g. {@code must be at least 1}
   * @param action what to do about it
   * @return the exception
   */
  public static SegmentsConfigurationException invalidProperty(
      String property, String problem, String action) {
    return new SegmentsConfigurationException(
        property, "Invalid Segments configuration: '" + property + "' " + problem + ".", action);
  }

  /**
   * The starter runs on a Spring Boot version of the other line.
   *
   * @param running the application's Spring Boot version
   * @param supported the versions this starter supports, e.g. {@code Spring Boot 3.5}
   * @param starter this starter's artifact
   * @param otherStarter the artifact for the application's version
   * @return the exception
   */
  public static SegmentsConfigurationException unsupportedBootVersion(
      String running, String supported, String starter, String otherStarter) {
    return new SegmentsConfigurationException(
        null,
        "ai.segments:"
            + starter
            + " supports "
            + supported
            + ", but this application runs"
            + " Spring Boot "
            + running
            + ".",
        "Replace the dependency ai.segments:"
            + starter
            + " with ai.segments:"
            + otherStarter
            + " (same version, same properties).");
  }

  /**
   * The property at fault.
   *
   * @return the property name, or {@code null} if the fault is not a property's
   */
  public String property() {
    return this.property;
  }

  /**
   * What to do about it.
   *
   * @return the action
   */
  public String action() {
    return this.action;
  }
}
