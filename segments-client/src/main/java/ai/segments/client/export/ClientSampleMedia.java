package ai.segments.client.export;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.ExifOrientation;
import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.internal.MediaUrls;
import ai.segments.client.release.ReleaseSample;
import java.awt.Dimension;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.unit.DataSize;

/**
 * Downloads sample images and label bitmaps through a client (no API key, the client's transport
 * and retry policy).
 *
 * <p>Images are only measured, never decoded or held in memory: the download goes to a temporary
 * file, the size comes from the image's header and the EXIF orientation from the start of the file.
 * As in the SDK, an image that is not an http(s) URL or cannot be read has no size; neither has one
 * whose URL is malformed, whose header is malformed or that cannot be downloaded (each logged as a
 * warning; the SDK would stop).
 *
 * <p>Label bitmaps are decoded within the pixel limit, checked from the PNG header first; a
 * malformed URL, an unreadable or too large bitmap fails the export with a {@link
 * ValidationException} naming the sample.
 */
final class ClientSampleMedia implements SampleMedia {

  private static final Log LOGGER = LogFactory.getLog(ClientSampleMedia.class);
  private static final DataSize MAX_IMAGE_SIZE = DataSize.ofMegabytes(512);

  private final SegmentsClient client;
  private final SegmentationBitmaps bitmaps;
  private final boolean loadImages;

  ClientSampleMedia(SegmentsClient client, boolean loadImages, long maxPixels) {
    this.client = client;
    this.bitmaps = new SegmentationBitmaps(client, maxPixels);
    this.loadImages = loadImages;
  }

  @Override
  public Optional<ImageSize> imageSize(ReleaseSample sample) {
    String url = sample.attributesJson().path("image").path("url").asText("");
    if (!this.loadImages || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = MediaUrls.parse(url, "image", SegmentsOperation.EXPORT_DATASET.operationName());
    } catch (ValidationException ex) {
      return noSize(sample, ex.getMessage());
    }
    try {
      Path file = Files.createTempFile("segments-image-", ".img");
      try {
        this.client.downloadFile(uri, file, MAX_IMAGE_SIZE);
        return measure(sample, file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (SegmentsException ex) {
      return noSize(sample, "it could not be downloaded: " + ex.getMessage());
    }
  }

  /** The size as displayed: from the header, turned by the EXIF orientation. */
  private static Optional<ImageSize> measure(ReleaseSample sample, Path file) throws IOException {
    Dimension stored;
    try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
      try {
        stored = ImageReaders.size(in);
      } catch (IOException ex) {
        return noSize(sample, "it is not a readable image (" + ex.getMessage() + ")");
      }
    }
    int orientation;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      orientation = ExifOrientation.read(in);
    }
    return Optional.of(
        ExifOrientation.swapsDimensions(orientation)
            ? new ImageSize(stored.height, stored.width)
            : new ImageSize(stored.width, stored.height));
  }

  private static Optional<ImageSize> noSize(ReleaseSample sample, String reason) {
    LOGGER.warn("The image of " + sample.name() + " has no size: " + reason);
    return Optional.empty();
  }

  /**
   * The URL of a sample label's bitmap.
   *
   * @param sample the sample
   * @return the URL, empty when the label has none (it then has no bitmap)
   */
  static String bitmapUrl(ReleaseSample sample) {
    return sample.labelAttributesJson().path("segmentation_bitmap").path("url").asText("");
  }

  @Override
  public Optional<SegmentationBitmap> bitmap(ReleaseSample sample, LongConsumer beforeDecoding) {
    String url = bitmapUrl(sample);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(this.bitmaps.load(url, beforeDecoding));
    } catch (ValidationException ex) {
      throw new ValidationException(
          SegmentsOperation.EXPORT_DATASET.operationName()
              + ": the label bitmap of sample "
              + sample.name()
              + " cannot be used: "
              + ex.getMessage(),
          ex,
          ex.details());
    }
  }
}
