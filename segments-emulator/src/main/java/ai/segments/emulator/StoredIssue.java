package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An issue on a sample, with its comments; guarded by the dataset's lock. */
final class StoredIssue {

  /** A comment on an issue. */
  record Comment(String createdAt, String createdBy, String text) {}

  final String uuid;
  final StoredSample sample;
  final String createdAt;
  final String createdBy;

  String description;
  String status;
  JsonNode anchor;
  String updatedAt;
  String updatedBy;
  final List<Comment> comments = new ArrayList<>();

  StoredIssue(String uuid, StoredSample sample, String createdAt, String createdBy) {
    this.uuid = uuid;
    this.sample = sample;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.updatedAt = createdAt;
    this.updatedBy = createdBy;
  }
}
