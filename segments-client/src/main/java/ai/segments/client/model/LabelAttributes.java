package ai.segments.client.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The attributes of a label: one of eleven shapes without a type tag (API §3.8).
 *
 * <p>Inside a {@link Label} (and a multi-sensor {@link LabelSensor}) the variant follows the task
 * type (API §3.6). Without a known task type {@link LabelAttributesDeserializer} decides by shape:
 * {@code sensors} → multi-sensor; {@code frames} → a sequence variant and {@code annotations} → a
 * single-frame variant, refined by the content: {@code point_annotations} → point cloud
 * segmentation, {@code segmentation_bitmap} → image segmentation, any annotation with 3D points →
 * point cloud vector, cuboids only → point cloud cuboid, anything else → image vector (which is
 * what the SDK picks for empty labels).
 */
@JsonDeserialize(using = LabelAttributesDeserializer.class)
public sealed interface LabelAttributes
    permits ImageSegmentationLabelAttributes,
        ImageVectorLabelAttributes,
        ImageSequenceSegmentationLabelAttributes,
        ImageSequenceVectorLabelAttributes,
        PointcloudSegmentationLabelAttributes,
        PointcloudCuboidLabelAttributes,
        PointcloudVectorLabelAttributes,
        PointcloudSequenceSegmentationLabelAttributes,
        PointcloudSequenceCuboidLabelAttributes,
        PointcloudSequenceVectorLabelAttributes,
        MultiSensorLabelAttributes {}
