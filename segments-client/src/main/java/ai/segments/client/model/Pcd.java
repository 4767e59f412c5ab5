package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A point cloud file.
 *
 * @param url the file URL
 * @param signedUrl a pre-signed URL, when requested
 * @param type the file format
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Pcd(@Required String url, String signedUrl, @Required PcdType type) {}
