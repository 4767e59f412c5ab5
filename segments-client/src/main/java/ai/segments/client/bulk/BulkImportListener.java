package ai.segments.client.bulk;

import ai.segments.client.SegmentsBulkImporter;

/**
 * Told about the progress of a {@link SegmentsBulkImporter} import after every chunk.
 *
 * <p>Called from the importer's worker threads, one call at a time, with counts that only grow.
 * Keep it quick: the worker sends its next chunk only after the listener returns.
 */
@FunctionalInterface
public interface BulkImportListener {

  /**
   * Receives the progress so far.
   *
   * @param progress the counts and the elapsed time
   */
  void onProgress(BulkImportProgress progress);
}
