package ai.segments.client.bitmap;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Asset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.unit.DataSize;

/**
 * Loads and uploads segmentation bitmaps through a {@link SegmentsClient}: the SDK's {@code
 * load_label_bitmap_from_url} and the {@code bitmap2file} + {@code upload_asset} pair.
 *
 * <pre>{@code
 * SegmentationBitmaps bitmaps = new SegmentationBitmaps(client);
 * SegmentationBitmap instances = bitmaps.load(label.segmentationBitmap().url());
 * Asset uploaded = bitmaps.upload(SegmentationBitmap.of(4, 4, ids));
 * }</pre>
 */
public final class SegmentationBitmaps {

  /** The largest bitmap file accepted. */
  public static final DataSize MAX_BITMAP_SIZE = DataSize.ofMegabytes(256);

  private final SegmentsClient client;

  /**
   * Creates the helper.
   *
   * @param client the client whose transport, timeouts and retry policy the downloads use
   */
  public SegmentationBitmaps(SegmentsClient client) {
    this.client = client;
  }

  /**
   * Downloads and decodes an instance bitmap (without the API key; through a temporary file).
   *
   * @param url the bitmap's URL, e.g. a label's {@code segmentation_bitmap.url}
   * @return the bitmap
   * @throws ai.segments.client.exception.ValidationException if the file is not an RGB(A) image
   * @throws ai.segments.client.exception.SegmentsException if the download fails
   */
  public SegmentationBitmap load(String url) {
    try {
      Path file = Files.createTempFile("segments-bitmap-", ".png");
      try {
        this.client.downloadFile(URI.create(url), file, MAX_BITMAP_SIZE);
        try (InputStream in = Files.newInputStream(file)) {
          return SegmentationBitmap.fromPng(in);
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Encodes a bitmap as the API's PNG and uploads it as the asset {@code label.png}; put the
   * returned asset's {@code url} in the label's {@code segmentation_bitmap}.
   *
   * @param bitmap the instance bitmap
   * @return the uploaded asset
   * @throws ai.segments.client.exception.SegmentsException if the upload fails
   */
  public Asset upload(SegmentationBitmap bitmap) {
    return this.client.uploadAsset(bitmap.toPng(), "label.png");
  }
}
