package ai.segments.client.release;

import ai.segments.client.model.LabelAttributes;
import ai.segments.client.model.LabelStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The label of a release sample in the selected labelset.
 *
 * @param labelStatus the label status
 * @param attributes the label attributes, typed by the dataset's task type ({@code null} when the
 *     label has none or the task type has no model)
 * @param json the label as the release file holds it (annotations, score, timestamps, ...)
 */
public record ReleaseLabel(LabelStatus labelStatus, LabelAttributes attributes, ObjectNode json) {}
