package ai.segments.client.export;

/**
 * Which media a format reads for one sample, so that they can be fetched ahead of it: nothing more
 * than the format uses.
 *
 * @param imageSize whether the format measures the sample's image
 * @param bitmap whether the format reads the sample's label bitmap
 */
record MediaNeeds(boolean imageSize, boolean bitmap) {

  /** Nothing to fetch. */
  static final MediaNeeds NONE = new MediaNeeds(false, false);
}
