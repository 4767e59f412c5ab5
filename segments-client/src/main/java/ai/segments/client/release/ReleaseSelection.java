package ai.segments.client.release;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.Arguments;
import ai.segments.client.model.LabelStatus;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which samples of a release to iterate, as the SDK's {@code SegmentsDataset} arguments: the
 * labelset whose label comes with each sample, the label statuses to keep ({@code filter_by}; a
 * sample without a label counts as {@code UNLABELED}; empty keeps all) and metadata every kept
 * sample must carry with equal values ({@code filter_by_metadata}; empty keeps all).
 *
 * @param labelset the labelset, {@code ground-truth} by default
 * @param filterBy the label statuses to keep; empty keeps every sample
 * @param filterByMetadata metadata key/value pairs a sample must all have; empty keeps every sample
 */
public record ReleaseSelection(
    String labelset, Set<LabelStatus> filterBy, Map<String, Object> filterByMetadata) {

  /** Checks the labelset and copies the filters. */
  public ReleaseSelection {
    Arguments.requireText(labelset, "labelset", SegmentsOperation.RELEASE_DATASET.operationName());
    filterBy =
        Set.copyOf(
            Arguments.requireNonNull(
                filterBy, "filterBy", SegmentsOperation.RELEASE_DATASET.operationName()));
    filterByMetadata =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(
                Arguments.requireNonNull(
                    filterByMetadata,
                    "filterByMetadata",
                    SegmentsOperation.RELEASE_DATASET.operationName())));
  }

  /**
   * Every sample, with its label in {@code ground-truth}.
   *
   * @return the selection
   */
  public static ReleaseSelection all() {
    return labelset(SegmentsClient.DEFAULT_LABELSET);
  }

  /**
   * Every sample, with its label in the given labelset.
   *
   * @param labelset the labelset
   * @return the selection
   * @throws ai.segments.client.exception.ValidationException if the labelset is blank
   */
  public static ReleaseSelection labelset(String labelset) {
    return new ReleaseSelection(labelset, Set.of(), Map.of());
  }

  /**
   * The same selection keeping only samples whose label status is one of these.
   *
   * @param statuses the statuses; {@code UNLABELED} keeps samples without a label
   * @return the new selection
   */
  public ReleaseSelection filterBy(Collection<LabelStatus> statuses) {
    return new ReleaseSelection(this.labelset, Set.copyOf(statuses), this.filterByMetadata);
  }

  /**
   * The same selection keeping only samples whose label status is one of these.
   *
   * @param statuses the statuses
   * @return the new selection
   */
  public ReleaseSelection filterBy(LabelStatus... statuses) {
    return filterBy(Set.of(statuses));
  }

  /**
   * The same selection keeping only samples whose metadata holds all these pairs.
   *
   * @param metadata the key/value pairs
   * @return the new selection
   */
  public ReleaseSelection filterByMetadata(Map<String, ?> metadata) {
    return new ReleaseSelection(this.labelset, this.filterBy, Map.copyOf(metadata));
  }

  /**
   * Whether a sample passes both filters.
   *
   * @param sample the sample
   * @return {@code true} to keep it
   */
  public boolean accepts(ReleaseSample sample) {
    return (this.filterBy.isEmpty() || this.filterBy.contains(sample.labelStatus()))
        && this.filterByMetadata.entrySet().stream()
            .allMatch(
                pair ->
                    sample.metadata().containsKey(pair.getKey())
                        && MetadataValues.equal(
                            pair.getValue(), sample.metadata().get(pair.getKey())));
  }
}
