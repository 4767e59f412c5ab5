package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** The label of one sample in one labelset; guarded by the dataset's lock. */
final class StoredLabel {

  final String labelset;
  final String labelType;
  final String createdAt;
  final String createdBy;

  String status;
  JsonNode attributes;
  JsonNode score;
  JsonNode rating;
  String updatedAt;
  String updatedBy;
  String reviewedAt;
  String reviewedBy;

  StoredLabel(String labelset, String labelType, String createdAt, String createdBy) {
    this.labelset = labelset;
    this.labelType = labelType;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /**
   * An independent copy, for a cloned dataset: later changes to either do not show in the other.
   */
  StoredLabel copy() {
    StoredLabel copy = new StoredLabel(labelset, labelType, createdAt, createdBy);
    copy.status = status;
    copy.attributes = attributes;
    copy.score = score;
    copy.rating = rating;
    copy.updatedAt = updatedAt;
    copy.updatedBy = updatedBy;
    copy.reviewedAt = reviewedAt;
    copy.reviewedBy = reviewedBy;
    return copy;
  }
}
