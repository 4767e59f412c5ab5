package ai.segments.client.bitmap;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.MediaUrls;
import ai.segments.client.model.Asset;
import java.awt.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
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
  private final long maxPixels;

  /**
   * Creates the helper, decoding bitmaps of at most {@link ImageReaders#DEFAULT_MAX_PIXELS} pixels.
   *
   * @param client the client whose transport, timeouts and retry policy the downloads use
   */
  public SegmentationBitmaps(SegmentsClient client) {
    this(client, ImageReaders.DEFAULT_MAX_PIXELS);
  }

  /**
   * Creates the helper with a pixel limit.
   *
   * @param client the client whose transport, timeouts and retry policy the downloads use
   * @param maxPixels the largest width × height decoded, checked from the PNG header before
   *     decoding
   * @throws ai.segments.client.exception.ValidationException if {@code maxPixels} is not positive
   */
  public SegmentationBitmaps(SegmentsClient client, long maxPixels) {
    this.client = client;
    this.maxPixels =
        ImageReaders.requireValidMaxPixels(
            maxPixels, SegmentsOperation.LOAD_LABEL_BITMAP.operationName());
  }

  /**
   * Downloads and decodes an instance bitmap (without the API key; through a temporary file).
   *
   * @param url the bitmap's URL, e.g. a label's {@code segmentation_bitmap.url}
   * @return the bitmap
   * @throws ai.segments.client.exception.ValidationException if the URL is malformed, the file is
   *     not an RGB(A) image or has more pixels than the limit
   * @throws ai.segments.client.exception.SegmentsException if the download fails
   */
  public SegmentationBitmap load(String url) {
    return load(url, pixels -> {});
  }

  /**
   * Downloads and decodes an instance bitmap (without the API key; through a temporary file),
   * telling the caller its size before decoding it, e.g. to wait until enough memory is free.
   *
   * @param url the bitmap's URL, e.g. a label's {@code segmentation_bitmap.url}
   * @param beforeDecoding called with the width × height of the bitmap's header, once the file is
   *     downloaded and its size is within the limit, before any pixel is decoded; it may block, and
   *     an exception it throws is thrown by this method
   * @return the bitmap
   * @throws ai.segments.client.exception.ValidationException if the URL is malformed, the file is
   *     not an RGB(A) image or has more pixels than the limit
   * @throws ai.segments.client.exception.SegmentsException if the download fails
   */
  public SegmentationBitmap load(String url, LongConsumer beforeDecoding) {
    URI uri =
        MediaUrls.parse(url, "label bitmap", SegmentsOperation.LOAD_LABEL_BITMAP.operationName());
    try {
      Path file = Files.createTempFile("segments-bitmap-", ".png");
      try {
        this.client.downloadFile(uri, file, MAX_BITMAP_SIZE);
        announceSize(file, beforeDecoding);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
          return SegmentationBitmap.fromPng(in, this.maxPixels);
        }
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Tells the caller the header's size when it is within the limit; otherwise decoding reports the
   * problem.
   */
  private void announceSize(Path file, LongConsumer beforeDecoding) {
    Dimension size;
    try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
      size = ImageReaders.size(in);
    } catch (IOException ex) {
      size = null;
    }
    long pixels = (size == null) ? 0 : (long) size.width * size.height;
    if (pixels > 0 && pixels <= this.maxPixels) {
      beforeDecoding.accept(pixels);
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
