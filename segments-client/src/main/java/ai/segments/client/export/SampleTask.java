package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import java.util.Optional;

/**
 * The CPU work of a format on one sample (building and encoding its PNG, its RLE masks or contours,
 * its JSON entries), run on an export worker right after the sample's bitmap was fetched, or on the
 * calling thread with a concurrency of 1. It must not touch the sink nor any state shared with
 * other samples: whatever depends on the samples before it is fixed when the format creates the
 * task ({@link FormatExport#task}), in release order.
 *
 * @param <P> what it prepares, immutable once returned
 */
@FunctionalInterface
interface SampleTask<P> {

  /**
   * Prepares what the format writes for the sample.
   *
   * @param bitmap the sample's label bitmap, empty when the format does not read it ({@link
   *     MediaNeeds#bitmap()}) or the label has none
   * @return the prepared result, handed to the format's writer in release order
   */
  P prepare(Optional<SegmentationBitmap> bitmap);
}
