package ai.segments.client.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The attributes of a sample: one of five shapes without a type tag (API §3.5). The variant is
 * chosen by {@link SampleAttributesDeserializer}: {@code sensors} → multi-sensor, {@code image} →
 * image, {@code pcd} → point cloud, {@code frames} → image sequence if a frame has {@code image},
 * otherwise (frames with {@code pcd}, or no frames) point cloud sequence. Inside a multi-sensor
 * sample the sensor's {@code task_type} decides instead.
 */
@JsonDeserialize(using = SampleAttributesDeserializer.class)
public sealed interface SampleAttributes
    permits ImageSampleAttributes,
        ImageSequenceSampleAttributes,
        PointcloudSampleAttributes,
        PointcloudSequenceSampleAttributes,
        MultiSensorSampleAttributes {}
