package ai.segments.client.release;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.Arguments;
import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.AttributeVariants;
import ai.segments.client.model.LabelAttributes;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.SampleAttributes;
import ai.segments.client.model.TaskType;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A release file opened for reading, the SDK's {@code SegmentsDataset} without image loading: the
 * {@link #header() header} (release, dataset, categories, labelsets) and the {@link #samples()
 * samples} with their label in the selected labelset, filtered by label status and metadata.
 *
 * <p>The file is read with a streaming parser: {@link #samples()} holds one sample at a time, so a
 * release of any size iterates in a small heap. Each call to {@link #samples()} reads the file
 * again. Close the dataset to delete a downloaded file ({@link ReleaseDatasets}); a file opened
 * with {@link #open(Path, ReleaseSelection)} is left in place.
 *
 * <pre>{@code
 * try (ReleaseDataset release = ReleaseDataset.open(Path.of("flowers-v1.0.json"),
 *         ReleaseSelection.labelset("ground-truth").filterBy(LabelStatus.REVIEWED));
 *     Stream<ReleaseSample> samples = release.samples()) {
 *   samples.forEach(sample -> System.out.println(sample.name() + " " + sample.labelStatus()));
 * }
 * }</pre>
 */
public final class ReleaseDataset implements AutoCloseable {

  private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {};

  private final Path file;
  private final boolean temporary;
  private final ReleaseSelection selection;
  private final ObjectMapper mapper;
  private final ReleaseHeader header;
  private final Optional<Class<? extends LabelAttributes>> labelType;

  private ReleaseDataset(Path file, boolean temporary, ReleaseSelection selection) {
    this.file = file;
    this.temporary = temporary;
    this.selection = selection;
    this.mapper = SegmentsJson.objectMapper(false);
    this.header = new ReleaseFileReader(this.mapper, file).header();
    if (!this.header.labelsets().contains(selection.labelset())) {
      throw Arguments.invalid(
          "There is no labelset with name `" + selection.labelset() + "`",
          SegmentsOperation.RELEASE_DATASET.operationName());
    }
    this.labelType =
        taskType(this.header.taskType()).flatMap(AttributeVariants::labelAttributesFor);
  }

  /**
   * Opens a release file on disk (the SDK's {@code SegmentsDataset("flowers-v1.0.json")}).
   *
   * @param file the release file
   * @param selection the labelset and filters
   * @return the dataset; closing it leaves the file in place
   * @throws ai.segments.client.exception.ValidationException if the file is not a readable release
   *     file or has no such labelset
   */
  public static ReleaseDataset open(Path file, ReleaseSelection selection) {
    Arguments.requireNonNull(file, "file", SegmentsOperation.RELEASE_DATASET.operationName());
    Arguments.requireNonNull(
        selection, "selection", SegmentsOperation.RELEASE_DATASET.operationName());
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw Arguments.invalid(
          "file " + file + " is not a readable regular file",
          SegmentsOperation.RELEASE_DATASET.operationName());
    }
    return new ReleaseDataset(file, false, selection);
  }

  /** Opens a downloaded file that is deleted on close (or now, if it cannot be read). */
  static ReleaseDataset openDownloaded(Path file, ReleaseSelection selection) {
    try {
      return new ReleaseDataset(file, true, selection);
    } catch (RuntimeException ex) {
      deleteQuietly(file, ex);
      throw ex;
    }
  }

  /**
   * The release and dataset information of the file.
   *
   * @return the header
   */
  public ReleaseHeader header() {
    return this.header;
  }

  /**
   * The selected labelset.
   *
   * @return the labelset name
   */
  public String labelset() {
    return this.selection.labelset();
  }

  /**
   * The samples that pass the selection's filters, in file order, each with its label in the
   * selected labelset; parsed lazily, one at a time. Close the stream (try-with-resources) to close
   * the file.
   *
   * @return the samples
   */
  public Stream<ReleaseSample> samples() {
    ReleaseFileReader.SampleCursor cursor = new ReleaseFileReader(this.mapper, this.file).samples();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(cursor::close)
        .map(this::toSample)
        .filter(this.selection::accepts);
  }

  private ReleaseSample toSample(ObjectNode json) {
    JsonNode attributes = json.path("attributes");
    JsonNode labelJson = json.path("labels").path(this.selection.labelset());
    ReleaseLabel label =
        (labelJson instanceof ObjectNode labelObject) ? toLabel(labelObject) : null;
    JsonNode metadata = json.path("metadata");
    return new ReleaseSample(
        json.path("uuid").asText(null),
        json.path("name").asText(null),
        convert(attributes, SampleAttributes.class),
        attributes,
        metadata.isObject() ? this.mapper.convertValue(metadata, METADATA) : Map.of(),
        label);
  }

  private ReleaseLabel toLabel(ObjectNode json) {
    String status = json.path("label_status").asText(null);
    LabelStatus labelStatus =
        (status != null)
            ? this.mapper.convertValue(status, LabelStatus.class)
            : LabelStatus.UNKNOWN;
    LabelAttributes attributes =
        this.labelType.map(type -> convert(json.path("attributes"), type)).orElse(null);
    return new ReleaseLabel(labelStatus, attributes, json);
  }

  private <T> T convert(JsonNode node, Class<T> type) {
    if (!node.isObject()) {
      return null;
    }
    try {
      return this.mapper.treeToValue(node, type);
    } catch (IOException | IllegalArgumentException ex) {
      return null;
    }
  }

  private static Optional<TaskType> taskType(String value) {
    try {
      return Optional.ofNullable(value).map(TaskType::fromValue);
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  /** Deletes the file if it was downloaded. */
  @Override
  public void close() {
    if (this.temporary) {
      try {
        Files.deleteIfExists(this.file);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  private static void deleteQuietly(Path file, RuntimeException failure) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ex) {
      failure.addSuppressed(ex);
    }
  }

  @Override
  public String toString() {
    return "ReleaseDataset[" + this.header.datasetIdentifier() + " " + this.header.name() + "]";
  }
}
