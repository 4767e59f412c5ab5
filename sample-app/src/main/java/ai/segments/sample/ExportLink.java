package ai.segments.sample;

/**
 * One export of a release offered on the dashboard.
 *
 * @param format the format name, e.g. {@code coco-instance}
 * @param href the export URL relative to the app's root, e.g. {@code
 *     api/datasets/demo/flowers/releases/v1.0/export?format=coco-instance}
 */
public record ExportLink(String format, String href) {}
