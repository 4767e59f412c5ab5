package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Number of labels per status in a dataset (upper-case JSON keys); every count is optional.
 *
 * @param reviewed {@code REVIEWED}
 * @param reviewingInProgress {@code REVIEWING_IN_PROGRESS}
 * @param labeled {@code LABELED}
 * @param labelingInProgress {@code LABELING_IN_PROGRESS}
 * @param rejected {@code REJECTED}
 * @param prelabeled {@code PRELABELED}
 * @param skipped {@code SKIPPED}
 * @param verified {@code VERIFIED}
 * @param unlabeled {@code UNLABELED}
 * @param total {@code TOTAL}
 */
public record LabelStats(
    @JsonProperty("REVIEWED") Long reviewed,
    @JsonProperty("REVIEWING_IN_PROGRESS") Long reviewingInProgress,
    @JsonProperty("LABELED") Long labeled,
    @JsonProperty("LABELING_IN_PROGRESS") Long labelingInProgress,
    @JsonProperty("REJECTED") Long rejected,
    @JsonProperty("PRELABELED") Long prelabeled,
    @JsonProperty("SKIPPED") Long skipped,
    @JsonProperty("VERIFIED") Long verified,
    @JsonProperty("UNLABELED") Long unlabeled,
    @JsonProperty("TOTAL") Long total) {}
