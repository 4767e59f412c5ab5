package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonNode;

/** Picks a full {@link Label} or a {@link LabelSummary} by shape. */
final class SampleLabelDeserializer extends VariantDeserializer<SampleLabel> {

  private static final long serialVersionUID = 1L;

  SampleLabelDeserializer() {
    super(SampleLabel.class);
  }

  @Override
  protected Class<? extends SampleLabel> variantByShape(JsonNode node) {
    return node.has("sample_uuid") || node.has("label_type") ? Label.class : LabelSummary.class;
  }
}
