package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.export.ImageSize;
import ai.segments.client.model.ImageSequenceSampleAttributes;
import ai.segments.client.model.Sample;
import ai.segments.client.paging.SampleQuery;
import java.awt.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The frame size of an image sequence dataset, which YOLO needs (the SDK's {@code image_width} and
 * {@code image_height}) and cannot measure per frame: the size of the first frame of the dataset's
 * first sample, read from the image header (downloaded through the client, at most {@value
 * #MAX_FRAME_MEGABYTES} MB, never decoded).
 */
@Component
public class FrameSizes {

  static final int MAX_FRAME_MEGABYTES = 64;

  private final SegmentsClient client;

  /**
   * Creates the measurer.
   *
   * @param client downloads the frame
   */
  public FrameSizes(SegmentsClient client) {
    this.client = client;
  }

  /**
   * The size of the dataset's first frame.
   *
   * @param datasetIdentifier {@code owner/name}
   * @return the size, empty when the dataset has no sequence sample or its first frame is not a
   *     readable http(s) image
   * @throws ai.segments.client.exception.SegmentsException if listing or downloading fails
   */
  public Optional<ImageSize> firstFrame(String datasetIdentifier) {
    Optional<String> url;
    try (Stream<Sample> samples =
        this.client.streamSamples(datasetIdentifier, SampleQuery.builder().perPage(1).build())) {
      url =
          samples
              .limit(1)
              .map(Sample::attributes)
              .filter(ImageSequenceSampleAttributes.class::isInstance)
              .map(a -> ((ImageSequenceSampleAttributes) a).frames())
              .filter(frames -> !frames.isEmpty())
              .map(frames -> frames.get(0).image().url())
              .filter(u -> u.startsWith("http://") || u.startsWith("https://"))
              .findFirst();
    }
    return url.flatMap(this::measure);
  }

  private Optional<ImageSize> measure(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
    Path file = null;
    try {
      file = Files.createTempFile("segments-frame-", ".img");
      this.client.downloadFile(uri, file, DataSize.ofMegabytes(MAX_FRAME_MEGABYTES));
      return headerSize(file);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      if (file != null) {
        ExportedZip.delete(file);
      }
    }
  }

  private static Optional<ImageSize> headerSize(Path file) {
    try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
      Dimension size = ImageReaders.size(in);
      return Optional.of(new ImageSize(size.width, size.height));
    } catch (IOException ex) {
      return Optional.empty();
    }
  }
}
