package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** The label of one sample in one labelset; guarded by the dataset's lock. */
final class Label {

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

  Label(String labelset, String labelType, String createdAt, String createdBy) {
    this.labelset = labelset;
    this.labelType = labelType;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }
}
