/**
 * Segmentation bitmaps as the SDK reads and writes them ({@code load_label_bitmap_from_url}, {@code
 * bitmap2file}, {@code get_semantic_bitmap}) and image loading with EXIF orientation ({@code
 * handle_exif_rotation}).
 */
package ai.segments.client.bitmap;
