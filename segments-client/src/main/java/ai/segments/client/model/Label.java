package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A label of a sample in a labelset. The attributes variant follows {@code label_type} (API §3.6);
 * for an unknown or empty label type it is chosen by shape (see {@link LabelAttributes}).
 *
 * @param sampleUuid the sample
 * @param labelType the task type the label was made for
 * @param labelStatus the label status
 * @param labelset the labelset name
 * @param attributes the label content, or {@code null}
 * @param createdAt when the label was created
 * @param createdBy who created the label
 * @param updatedAt when the label was last updated
 * @param updatedBy who last updated the label
 * @param score the label score (e.g. of a model prediction)
 * @param rating the review rating
 * @param reviewedAt when the label was reviewed
 * @param reviewedBy who reviewed the label
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = Label.Deserializer.class)
public record Label(
    @Required String sampleUuid,
    @Required TaskType labelType,
    @Required LabelStatus labelStatus,
    @Required String labelset,
    LabelAttributes attributes,
    @Required Instant createdAt,
    @Required String createdBy,
    @Required Instant updatedAt,
    String updatedBy,
    Double score,
    Double rating,
    Instant reviewedAt,
    String reviewedBy)
    implements SampleLabel {

  /** Reads the label with its attributes variant chosen by label type. */
  static final class Deserializer extends TypeHintedDeserializer<Label> {

    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Label.class, "label_type", AttributeVariants::labelAttributesFor);
    }
  }
}
