package ai.segments.client.export;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.Arguments;
import ai.segments.client.json.SegmentsJson;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSample;
import ai.segments.client.release.ReleaseSelection;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Exports releases in the SDK's formats ({@code export_dataset}), writing the files the SDK writes,
 * under the same names, to an {@link ExportSink} (a directory or a zip stream). Label bitmaps and
 * images are downloaded through the client (without the API key); images are only measured.
 *
 * <p>Before the first byte is written, one pass over the release's names checks every path the
 * export will write or reference (the image {@code file_name}s of COCO): a path must stay inside
 * the export (relative, {@code /}-separated, no {@code ..}, {@code .} or empty segment, no
 * backslash, drive letter or control character, see docs/labels-out.md, "Export paths"), and no two
 * samples may share one (e.g. {@code cam1/frame.png} and {@code cam2/frame.png} both label {@code
 * frame}). A release that breaks this is refused with a {@link
 * ai.segments.client.exception.ValidationException} naming the sample(s); names are never
 * rewritten, so every exported name is the SDK's.
 *
 * <p>Each sample is prepared ahead of the one being written, {@link ExportOptions#concurrency()} at
 * once (default {@value #DEFAULT_CONCURRENCY}), on the export's own worker threads: its media are
 * fetched (image measured, label bitmap downloaded and decoded) and the format's CPU work is done
 * right after (output image built and PNG-encoded, RLE masks, contours, JSON entries). At most
 * {@value #READ_AHEAD_PER_WORKER} × concurrency samples are held or in the works, and beyond the
 * bitmap of the sample being written at most half the pixel limit of decoded bitmap pixels (or one
 * bitmap when no other is held): memory stays bounded whatever the release's size, and bitmaps near
 * the limit are decoded one after the other. Only what the format reads is fetched. The calling
 * thread writes the samples one by one in the release's order, so the files are the same as with a
 * concurrency of 1, which prepares each sample on the calling thread when it is written. The
 * COCO-like JSON files (COCO instance, COCO panoptic, polygon) are streamed: their image and
 * annotation entries go to temporary files as the samples are written, and the JSON file is
 * assembled from them at the end; the temporary files are deleted whether the export succeeds or
 * not. The first sample (in release order) whose media or work fail fails the export with that
 * exception; the work still pending or running is then cancelled, and the export's threads have
 * ended when it returns. Downloads from one host other than the API's are bounded on their own by
 * the client ({@link SegmentsClient.Builder#downloadConcurrencyPerHost(int)}).
 *
 * <pre>{@code
 * ReleaseExporter exporter = new ReleaseExporter(client, ReleaseDatasets.builder(client).build());
 * exporter.export("jane/flowers", "v1.0", ReleaseSelection.all(), ExportFormat.COCO_INSTANCE,
 *     ExportOptions.defaults(), new DirectoryExportSink(Path.of("export")));
 * }</pre>
 */
public final class ReleaseExporter {

  private static final Log LOGGER = LogFactory.getLog(ReleaseExporter.class);
  private static final int PROGRESS_EVERY = 1000;

  /** The default of how many samples are prepared (media fetched, CPU work done) at once. */
  public static final int DEFAULT_CONCURRENCY = 32;

  /** The read-ahead window: how many samples are held or prepared, per unit of concurrency. */
  public static final int READ_AHEAD_PER_WORKER = 2;

  /**
   * The bitmap pixels the read-ahead may decode and hold beyond the sample being written: the pixel
   * limit divided by this.
   */
  public static final int READ_AHEAD_PIXEL_SHARE = 2;

  private final SegmentsClient client;
  private final ReleaseDatasets releases;
  private final long defaultMaxPixels;
  private final int defaultConcurrency;

  /**
   * Creates an exporter whose label bitmaps may have up to {@link ImageReaders#DEFAULT_MAX_PIXELS}
   * pixels and that fetches {@value #DEFAULT_CONCURRENCY} samples' media at once, unless the
   * options say otherwise.
   *
   * @param client downloads label bitmaps and images, and reads the dataset's task type
   * @param releases opens the releases
   */
  public ReleaseExporter(SegmentsClient client, ReleaseDatasets releases) {
    this(client, releases, ImageReaders.DEFAULT_MAX_PIXELS);
  }

  /**
   * Creates an exporter with a default pixel limit for label bitmaps, fetching {@value
   * #DEFAULT_CONCURRENCY} samples' media at once unless the options say otherwise.
   *
   * @param client downloads label bitmaps and images, and reads the dataset's task type
   * @param releases opens the releases
   * @param defaultMaxPixels the largest label bitmap (width × height) decoded when the options set
   *     no limit of their own ({@link ExportOptions#withMaxPixels})
   * @throws ai.segments.client.exception.ValidationException if the limit is out of range
   */
  public ReleaseExporter(SegmentsClient client, ReleaseDatasets releases, long defaultMaxPixels) {
    this(client, releases, defaultMaxPixels, DEFAULT_CONCURRENCY);
  }

  /**
   * Creates an exporter with a default pixel limit for label bitmaps and a default concurrency.
   *
   * @param client downloads label bitmaps and images, and reads the dataset's task type
   * @param releases opens the releases
   * @param defaultMaxPixels the largest label bitmap (width × height) decoded when the options set
   *     no limit of their own ({@link ExportOptions#withMaxPixels})
   * @param defaultConcurrency how many samples' media are fetched at once when the options set no
   *     concurrency of their own ({@link ExportOptions#withConcurrency}), 1 to {@link
   *     ExportOptions#MAX_CONCURRENCY}
   * @throws ai.segments.client.exception.ValidationException if a limit is out of range
   */
  public ReleaseExporter(
      SegmentsClient client,
      ReleaseDatasets releases,
      long defaultMaxPixels,
      int defaultConcurrency) {
    this.client = Objects.requireNonNull(client, "client");
    this.releases = Objects.requireNonNull(releases, "releases");
    this.defaultMaxPixels =
        ImageReaders.requireValidMaxPixels(
            defaultMaxPixels, SegmentsOperation.EXPORT_DATASET.operationName());
    this.defaultConcurrency =
        ExportOptions.requireValidConcurrency(
            defaultConcurrency, SegmentsOperation.EXPORT_DATASET.operationName());
  }

  /**
   * Checks that a dataset's task type can be exported to a format, before anything is downloaded.
   *
   * @param datasetIdentifier {@code owner/name}
   * @param format the format
   * @param options the options
   * @throws ai.segments.client.exception.ValidationException if the format does not support the
   *     dataset's task type, or a sequence export to YOLO lacks the image size
   * @throws ai.segments.client.exception.SegmentsException if the dataset cannot be read
   */
  public void check(String datasetIdentifier, ExportFormat format, ExportOptions options) {
    requireFormatAndOptions(format, options);
    checkTaskType(this.client.getDataset(datasetIdentifier).taskType().value(), format, options);
  }

  /**
   * Waits for a release, downloads it and exports it.
   *
   * @param datasetIdentifier {@code owner/name}
   * @param releaseName the release name
   * @param selection the labelset and filters
   * @param format the format
   * @param options the options
   * @param sink where the files go
   * @throws ai.segments.client.exception.ValidationException if the format does not support the
   *     dataset's task type (read once, from the dataset, before the release is downloaded), or if
   *     a path of the export leaves it or is shared by two samples (checked before anything is
   *     written)
   * @throws ai.segments.client.exception.SegmentsException if a call or download fails
   */
  public void export(
      String datasetIdentifier,
      String releaseName,
      ReleaseSelection selection,
      ExportFormat format,
      ExportOptions options,
      ExportSink sink) {
    Arguments.requireNonNull(sink, "sink", SegmentsOperation.EXPORT_DATASET.operationName());
    check(datasetIdentifier, format, options);
    try (ReleaseDataset release = this.releases.open(datasetIdentifier, releaseName, selection)) {
      exportChecked(release, format, options, sink);
    }
  }

  /**
   * Exports an opened release.
   *
   * @param release the release
   * @param format the format
   * @param options the options
   * @param sink where the files go
   * @throws ai.segments.client.exception.ValidationException if the format does not support the
   *     release's task type, or if a path of the export leaves it or is shared by two samples
   *     (checked before anything is written)
   */
  public void export(
      ReleaseDataset release, ExportFormat format, ExportOptions options, ExportSink sink) {
    Arguments.requireNonNull(release, "release", SegmentsOperation.EXPORT_DATASET.operationName());
    Arguments.requireNonNull(sink, "sink", SegmentsOperation.EXPORT_DATASET.operationName());
    requireFormatAndOptions(format, options);
    checkTaskType(release.header().taskType(), format, options);
    exportChecked(release, format, options, sink);
  }

  /** Exports a release whose task type the format supports. */
  private void exportChecked(
      ReleaseDataset release, ExportFormat format, ExportOptions options, ExportSink sink) {
    long maxPixels = options.maxPixelsOr(this.defaultMaxPixels);
    SampleMedia media = new ClientSampleMedia(this.client, options.loadImages(), maxPixels);
    int concurrency = options.concurrencyOr(this.defaultConcurrency);
    LOGGER.info(
        "Exporting "
            + release
            + " as "
            + format.value()
            + " ("
            + release.header().sampleCount()
            + " samples in the file, "
            + concurrency
            + " at once)");
    ExportContext context =
        new ExportContext(
            release.header(), release.labelset(), options, sink, SegmentsJson.objectMapper(false));
    write(release, exporterOf(format), context, media, concurrency, maxPixels);
    LOGGER.info("Exported " + release + " as " + format.value());
  }

  /**
   * Checks the release's paths, then has the samples prepared (on the calling thread with a
   * concurrency of 1, else on a pool) and the format write them in release order.
   */
  private static <P> void write(
      ReleaseDataset release,
      FormatExport<P> formatExport,
      ExportContext context,
      SampleMedia media,
      int concurrency,
      long maxPixels) {
    try (Stream<ReleaseSample> samples = release.samples()) {
      new ExportPlan(context, formatExport).check(samples.iterator());
    }
    try (Stream<ReleaseSample> samples = release.samples()) {
      Iterator<SampleJob<P>> jobs =
          samples.map(sample -> SampleJob.of(formatExport, context, sample)).iterator();
      if (concurrency == 1) {
        formatExport.write(context, progress(SequentialPipeline.prepare(jobs, media), release));
      } else {
        try (PrefetchingPipeline<P> pipeline =
            new PrefetchingPipeline<>(
                media,
                concurrency,
                READ_AHEAD_PER_WORKER * concurrency,
                Math.max(1, maxPixels / READ_AHEAD_PIXEL_SHARE),
                Runtime.getRuntime().availableProcessors())) {
          formatExport.write(context, progress(pipeline.prepare(jobs), release));
        }
      }
    }
  }

  private static <T> Iterator<T> progress(Iterator<T> samples, ReleaseDataset release) {
    return new ProgressIterator<>(samples, release.toString());
  }

  private static void requireFormatAndOptions(ExportFormat format, ExportOptions options) {
    Arguments.requireNonNull(format, "format", SegmentsOperation.EXPORT_DATASET.operationName());
    Arguments.requireNonNull(options, "options", SegmentsOperation.EXPORT_DATASET.operationName());
  }

  private static void checkTaskType(String taskType, ExportFormat format, ExportOptions options) {
    format.requireSupports(taskType);
    if (format == ExportFormat.YOLO
        && "image-vector-sequence".equals(taskType)
        && options.imageSize() == null) {
      throw Arguments.invalid(
          "Please provide image_width and image_height parameters: exporting an image-vector-sequence to yolo needs ExportOptions.withImageSize",
          SegmentsOperation.EXPORT_DATASET.operationName());
    }
  }

  private static FormatExport<?> exporterOf(ExportFormat format) {
    return switch (format) {
      case COCO_INSTANCE -> new CocoInstanceExport();
      case COCO_PANOPTIC -> new CocoPanopticExport();
      case YOLO -> new YoloExport();
      case POLYGON -> new PolygonExport();
      case INSTANCE, INSTANCE_COLOR, SEMANTIC, SEMANTIC_COLOR -> new BitmapImageExport(format);
    };
  }

  /** Logs the progress every {@value #PROGRESS_EVERY} samples. */
  private static final class ProgressIterator<T> implements Iterator<T> {

    private final Iterator<T> samples;
    private final String release;
    private long count;

    ProgressIterator(Iterator<T> samples, String release) {
      this.samples = samples;
      this.release = release;
    }

    @Override
    public boolean hasNext() {
      return this.samples.hasNext();
    }

    @Override
    public T next() {
      T sample = this.samples.next();
      if (++this.count % PROGRESS_EVERY == 0) {
        LOGGER.info("Exporting " + this.release + ": " + this.count + " samples done");
      }
      return sample;
    }
  }
}
