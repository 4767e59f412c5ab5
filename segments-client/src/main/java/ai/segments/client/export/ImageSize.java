package ai.segments.client.export;

/**
 * The size of a sample's image as displayed (after the SDK's EXIF rotation).
 *
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record ImageSize(int width, int height) {}
