package ai.segments.test.autoconfigure;

import ai.segments.autoconfigure.SegmentsClientCustomizer;
import ai.segments.client.SegmentsClient;
import org.springframework.stereotype.Component;

/** The application's client customization, which a Segments slice keeps. */
@Component
class CatalogClientCustomizer implements SegmentsClientCustomizer {

  @Override
  public void customize(SegmentsClient.Builder builder) {}
}
