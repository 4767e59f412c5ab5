package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bounds of a point cloud; every limit is optional.
 *
 * @param minX the minimum x
 * @param maxX the maximum x
 * @param minY the minimum y
 * @param maxY the maximum y
 * @param minZ the minimum z
 * @param maxZ the maximum z
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Bounds(
    Double minX, Double maxX, Double minY, Double maxY, Double minZ, Double maxZ) {}
