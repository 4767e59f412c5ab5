package ai.segments.client.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code label} of a sample: a full {@link Label} (recognized by {@code sample_uuid} or {@code
 * label_type}) or a {@link LabelSummary}.
 */
@JsonDeserialize(using = SampleLabelDeserializer.class)
public sealed interface SampleLabel permits Label, LabelSummary {

  /**
   * Returns the status of the label.
   *
   * @return the label status
   */
  LabelStatus labelStatus();
}
