package ai.segments.client.export;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.ExifOrientation;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.release.ReleaseSample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.unit.DataSize;

/**
 * Downloads sample images and label bitmaps through a client (no API key, the client's transport
 * and retry policy). Images are only measured, never kept; as in the SDK, an image that is not an
 * http(s) URL or cannot be read has no size, and neither has one that cannot be downloaded (logged
 * as a warning; the SDK would stop).
 */
final class ClientSampleMedia implements SampleMedia {

  private static final Log LOGGER = LogFactory.getLog(ClientSampleMedia.class);
  private static final DataSize MAX_IMAGE_SIZE = DataSize.ofMegabytes(512);

  private final SegmentsClient client;
  private final SegmentationBitmaps bitmaps;
  private final boolean loadImages;

  ClientSampleMedia(SegmentsClient client, boolean loadImages) {
    this.client = client;
    this.bitmaps = new SegmentationBitmaps(client);
    this.loadImages = loadImages;
  }

  @Override
  public Optional<ImageSize> imageSize(ReleaseSample sample) {
    String url = sample.attributesJson().path("image").path("url").asText("");
    if (!this.loadImages || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return Optional.empty();
    }
    try {
      Path file = Files.createTempFile("segments-image-", ".img");
      try {
        this.client.downloadFile(URI.create(url), file, MAX_IMAGE_SIZE);
        return measure(Files.readAllBytes(file));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (SegmentsException ex) {
      LOGGER.warn(
          "The image of "
              + sample.name()
              + " could not be downloaded; its size is left empty: "
              + ex.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<ImageSize> measure(byte[] image) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        LOGGER.warn("An image could not be read; its size is left empty");
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        return Optional.of(
            ExifOrientation.swapsDimensions(ExifOrientation.read(image))
                ? new ImageSize(height, width)
                : new ImageSize(width, height));
      } finally {
        reader.dispose();
      }
    }
  }

  @Override
  public Optional<SegmentationBitmap> bitmap(ReleaseSample sample) {
    String url = sample.labelAttributesJson().path("segmentation_bitmap").path("url").asText("");
    return url.isEmpty() ? Optional.empty() : Optional.of(this.bitmaps.load(url));
  }
}
