package ai.segments.autoconfigure.release;

import ai.segments.autoconfigure.SegmentsConfigurationException;
import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of release exports ({@code segments.export.*}): the defaults of the auto-configured {@link
 * ai.segments.client.export.ReleaseExporter} and {@link
 * ai.segments.client.bitmap.SegmentationBitmaps}, used whenever the application's {@link
 * ai.segments.client.export.ExportOptions} set no limit or concurrency of their own.
 */
@ConfigurationProperties("segments.export")
public class SegmentsExportProperties implements InitializingBean {

  /**
   * The largest label bitmap, in pixels (width × height), that exports decode; checked from the PNG
   * header before any pixel is decoded, so a small file declaring a huge image (a decompression
   * bomb) fails the export instead of the heap. The default, 16777216 (4096 × 4096), fits a 512 MB
   * heap: decoding and the most demanding export need between 256 and 320 MB at the limit, about 20
   * bytes a pixel, so raise it together with the heap. Images are only measured from their header
   * and are not limited.
   */
  private long maxPixels = ImageReaders.DEFAULT_MAX_PIXELS;

  /**
   * How many samples an export prepares at once, ahead of the sample it writes: their media fetched
   * (images measured, label bitmaps downloaded and decoded), then the format's CPU work (PNG
   * encoding, RLE masks, contours). It holds at most twice as many samples, so memory does not grow
   * with the release. 1 prepares each sample on the calling thread when it is written. The files
   * are the same whatever the value. Downloads from one image host are bounded on their own by
   * {@code segments.download.concurrency-per-host}.
   */
  private int concurrency = ReleaseExporter.DEFAULT_CONCURRENCY;

  /** Creates the properties with their defaults. */
  public SegmentsExportProperties() {}

  /**
   * The largest label bitmap decoded.
   *
   * @return the limit in pixels (width × height)
   */
  public long getMaxPixels() {
    return this.maxPixels;
  }

  /**
   * Sets the largest label bitmap decoded.
   *
   * @param maxPixels the limit in pixels, at least 1
   */
  public void setMaxPixels(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  /**
   * How many samples an export prepares at once.
   *
   * @return the concurrency
   */
  public int getConcurrency() {
    return this.concurrency;
  }

  /**
   * Sets how many samples an export prepares at once.
   *
   * @param concurrency 1 to {@link ExportOptions#MAX_CONCURRENCY}
   */
  public void setConcurrency(int concurrency) {
    this.concurrency = concurrency;
  }

  /**
   * Checks the bound values.
   *
   * @throws SegmentsConfigurationException if the pixel limit or the concurrency is out of range
   */
  @Override
  public void afterPropertiesSet() {
    if (this.maxPixels < 1 || this.maxPixels > ImageReaders.LARGEST_MAX_PIXELS) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.export.max-pixels",
          "must be between 1 and " + ImageReaders.LARGEST_MAX_PIXELS,
          "Set 'segments.export.max-pixels' to a number of pixels like "
              + ImageReaders.DEFAULT_MAX_PIXELS
              + " (4096 x 4096)");
    }
    if (this.concurrency < 1 || this.concurrency > ExportOptions.MAX_CONCURRENCY) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.export.concurrency",
          "must be between 1 and " + ExportOptions.MAX_CONCURRENCY,
          "Set 'segments.export.concurrency' to a number of samples like "
              + ReleaseExporter.DEFAULT_CONCURRENCY
              + ", or 1 to prepare one after the other");
    }
  }
}
