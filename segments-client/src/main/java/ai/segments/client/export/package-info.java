/**
 * Exports of release datasets in the SDK's formats ({@code export_dataset}): COCO instance and
 * panoptic, YOLO, instance and semantic PNGs, polygons.
 */
package ai.segments.client.export;
