package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.Optional;

/**
 * One sample as the writer of a format receives it, in release order: its measured image and what
 * its {@link SampleTask} prepared.
 *
 * @param sample the sample
 * @param imageSize the size of its image, empty when the format does not measure it ({@link
 *     MediaNeeds#imageSize()}) or it has none
 * @param result what its task prepared
 * @param <P> the type of the prepared result
 */
record Prepared<P>(ReleaseSample sample, Optional<ImageSize> imageSize, P result) {}
