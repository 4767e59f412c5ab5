/**
 * The reports of {@link ai.segments.client.SegmentsBulkImporter}: the {@link
 * ai.segments.client.bulk.BulkImportListener} that receives its {@link
 * ai.segments.client.bulk.BulkImportProgress} and the final {@link
 * ai.segments.client.bulk.BulkImportSummary}. The importer itself is an entry point and lives in
 * {@code ai.segments.client}, beside the client it is built from.
 */
package ai.segments.client.bulk;
