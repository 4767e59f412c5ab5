/**
 * Point-cloud labels from world into ego coordinates, the SDK's {@code
 * transform_label_to_ego_coordinates}.
 */
package ai.segments.client.ego;
