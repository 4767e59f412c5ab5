/**
 * Release datasets, the SDK's {@code SegmentsDataset}: wait for a release, download its file
 * streamed, and iterate its samples with their label for one labelset.
 */
package ai.segments.client.release;
