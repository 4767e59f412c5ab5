package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The files behind a release sample that an export reads: its image and its label bitmap. */
interface SampleMedia {

  /** The size of the sample's image, or empty when it is not loaded (as the SDK's {@code None}). */
  Optional<ImageSize> imageSize(ReleaseSample sample);

  /** The sample label's instance bitmap, or empty when the label has no bitmap URL. */
  default Optional<SegmentationBitmap> bitmap(ReleaseSample sample) {
    return bitmap(sample, pixels -> {});
  }

  /**
   * The sample label's instance bitmap, or empty when the label has no bitmap URL, telling {@code
   * beforeDecoding} its width × height before decoding it (it may wait, e.g. for memory).
   */
  Optional<SegmentationBitmap> bitmap(ReleaseSample sample, LongConsumer beforeDecoding);
}
