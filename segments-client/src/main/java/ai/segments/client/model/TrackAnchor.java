package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An issue anchor of type {@code track}: an object track (camelCase JSON keys).
 *
 * @param trackNumber the track number ({@code trackNumber})
 * @param trackAttribute the track attribute concerned ({@code trackAttribute}), or {@code null}
 * @param sensor the sensor name, or {@code null}
 * @param frame the frame index, or {@code null}
 */
public record TrackAnchor(
    @Required @JsonProperty(value = "trackNumber", required = true) Integer trackNumber,
    @JsonProperty("trackAttribute") String trackAttribute,
    String sensor,
    Integer frame)
    implements IssueAnchor {}
