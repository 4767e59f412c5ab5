package ai.segments.emulator;

/** A labelset of a dataset; {@code ground-truth} exists in every dataset. */
record StoredLabelset(String name, String description, boolean groundTruth, String createdAt) {

  static final String GROUND_TRUTH = "ground-truth";
}
