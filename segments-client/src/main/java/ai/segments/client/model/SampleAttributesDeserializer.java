package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonNode;

/** Picks the {@link SampleAttributes} variant by shape; the rule is on the interface. */
final class SampleAttributesDeserializer extends VariantDeserializer<SampleAttributes> {

  private static final long serialVersionUID = 1L;

  SampleAttributesDeserializer() {
    super(SampleAttributes.class);
  }

  @Override
  protected Class<? extends SampleAttributes> variantByShape(JsonNode node) {
    if (node.has("sensors")) {
      return MultiSensorSampleAttributes.class;
    }
    if (node.has("image")) {
      return ImageSampleAttributes.class;
    }
    if (node.has("pcd")) {
      return PointcloudSampleAttributes.class;
    }
    if (!node.has("frames")) {
      return null;
    }
    for (JsonNode frame : node.path("frames")) {
      if (frame.has("image")) {
        return ImageSequenceSampleAttributes.class;
      }
    }
    return PointcloudSequenceSampleAttributes.class;
  }
}
