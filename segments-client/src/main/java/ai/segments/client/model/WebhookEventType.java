package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Event type of a webhook notification (API §4.3); there is no {@code label.created}. */
public enum WebhookEventType implements ApiEnum {
  /** {@code dataset.created}. */
  DATASET_CREATED("dataset.created"),
  /** {@code dataset.updated}. */
  DATASET_UPDATED("dataset.updated"),
  /** {@code dataset.deleted}. */
  DATASET_DELETED("dataset.deleted"),
  /** {@code sample.created}. */
  SAMPLE_CREATED("sample.created"),
  /** {@code sample.updated}. */
  SAMPLE_UPDATED("sample.updated"),
  /** {@code sample.deleted}. */
  SAMPLE_DELETED("sample.deleted"),
  /** {@code label.updated}. */
  LABEL_UPDATED("label.updated"),
  /** {@code label.deleted}. */
  LABEL_DELETED("label.deleted"),
  /** {@code issue.created}. */
  ISSUE_CREATED("issue.created"),
  /** {@code issue.updated}. */
  ISSUE_UPDATED("issue.updated"),
  /** {@code release.created}. */
  RELEASE_CREATED("release.created"),
  /** A webhook event type this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  WebhookEventType(String value) {
    this.value = value;
  }

  /**
   * Returns the webhook event type with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static WebhookEventType fromValue(String value) {
    return ApiEnum.fromValue(WebhookEventType.class, value);
  }

  /** Returns the webhook event type as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns the model class of the envelope's {@code object} for this event type, chosen by the
   * prefix of the wire value: {@link Dataset}, {@link Sample}, {@link Label}, {@link Issue} or
   * {@link Release}.
   *
   * @return the model class, or {@code null} for {@link #UNKNOWN}
   */
  public Class<?> objectType() {
    String resource = value.substring(0, Math.max(value.indexOf('.'), 0));
    return switch (resource) {
      case "dataset" -> Dataset.class;
      case "sample" -> Sample.class;
      case "label" -> Label.class;
      case "issue" -> Issue.class;
      case "release" -> Release.class;
      default -> null;
    };
  }
}
