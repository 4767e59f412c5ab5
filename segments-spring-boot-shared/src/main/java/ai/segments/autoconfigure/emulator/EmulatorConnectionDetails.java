package ai.segments.autoconfigure.emulator;

import ai.segments.autoconfigure.SegmentsConnectionDetails;
import ai.segments.emulator.SegmentsEmulator;

/**
 * {@link SegmentsConnectionDetails} of a running {@link SegmentsEmulator}: its base URL and the API
 * key of its demo user.
 *
 * @param emulator the started emulator
 */
public record EmulatorConnectionDetails(SegmentsEmulator emulator)
    implements SegmentsConnectionDetails {

  @Override
  public String apiUrl() {
    return this.emulator.baseUrl();
  }

  @Override
  public String apiKey() {
    return this.emulator.apiKey();
  }
}
