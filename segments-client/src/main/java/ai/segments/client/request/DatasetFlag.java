package ai.segments.client.request;

/**
 * The on/off settings of a dataset, for {@link AddDatasetRequest.Builder#flag(DatasetFlag,
 * boolean)} and {@link UpdateDatasetRequest.Builder#flag(DatasetFlag, Boolean)}.
 *
 * <p>Each flag knows its JSON key and the SDK's default for a new dataset; flags without a default
 * are only sent when set, so that the server decides.
 */
public enum DatasetFlag {
  /** {@code enable_skip_labeling}: labelers may skip samples; on by default. */
  ENABLE_SKIP_LABELING("enable_skip_labeling", true),
  /** {@code enable_skip_reviewing}: reviewers may skip samples; off by default. */
  ENABLE_SKIP_REVIEWING("enable_skip_reviewing", false),
  /** {@code enable_ratings}: labels can be rated; off by default. */
  ENABLE_RATINGS("enable_ratings", false),
  /** {@code enable_interpolation}: sequence annotations are interpolated; on by default. */
  ENABLE_INTERPOLATION("enable_interpolation", true),
  /** {@code enable_same_dimensions_track_constraint}: one cuboid size per track; off by default. */
  ENABLE_SAME_DIMENSIONS_TRACK_CONSTRAINT("enable_same_dimensions_track_constraint", false),
  /** {@code enable_save_button}: show a save button; off by default. */
  ENABLE_SAVE_BUTTON("enable_save_button", false),
  /** {@code enable_label_status_verified}: allow the VERIFIED status; off by default. */
  ENABLE_LABEL_STATUS_VERIFIED("enable_label_status_verified", false),
  /** {@code enable_3d_cuboid_rotation}: full 3D cuboid rotation; off by default. */
  ENABLE_3D_CUBOID_ROTATION("enable_3d_cuboid_rotation", false),
  /** {@code enable_3d_region_of_interest}: a 3D region of interest; off by default. */
  ENABLE_3D_REGION_OF_INTEREST("enable_3d_region_of_interest", false),
  /** {@code enable_confirm_on_submit}: confirm before submitting; off by default. */
  ENABLE_CONFIRM_ON_SUBMIT("enable_confirm_on_submit", false),
  /** {@code archived}: the dataset is archived; off by default. */
  ARCHIVED("archived", false),
  /** {@code enable_object_linking}: objects can be linked; server default. */
  ENABLE_OBJECT_LINKING("enable_object_linking", null),
  /**
   * {@code enable_object_link_category_restrictions}: restrict links by category; server default.
   */
  ENABLE_OBJECT_LINK_CATEGORY_RESTRICTIONS("enable_object_link_category_restrictions", null),
  /** {@code enable_extrapolation}: sequence annotations are extrapolated; server default. */
  ENABLE_EXTRAPOLATION("enable_extrapolation", null),
  /** {@code use_timestamps_for_interpolation}: interpolate by frame timestamps; server default. */
  USE_TIMESTAMPS_FOR_INTERPOLATION("use_timestamps_for_interpolation", null);

  private final String key;
  private final Boolean sdkDefault;

  DatasetFlag(String key, Boolean sdkDefault) {
    this.key = key;
    this.sdkDefault = sdkDefault;
  }

  /**
   * The JSON key.
   *
   * @return the key, e.g. {@code enable_ratings}
   */
  public String key() {
    return this.key;
  }

  /**
   * The value the SDK sends for a new dataset when the flag is not set.
   *
   * @return the default, or {@code null} when the flag is only sent if set
   */
  public Boolean sdkDefault() {
    return this.sdkDefault;
  }
}
