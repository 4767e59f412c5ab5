package ai.segments.emulator;

/** A release; PENDING until the emulator has written its file. Guarded by the dataset's lock. */
final class StoredRelease {

  final String uuid;
  final String name;
  final String description;
  final String createdAt;
  final int samplesCount;

  String status = "PENDING";
  String url;

  /** Why the release FAILED; {@code null} otherwise. */
  String statusInfo;

  StoredRelease(String uuid, String name, String description, String createdAt, int samplesCount) {
    this.uuid = uuid;
    this.name = name;
    this.description = description;
    this.createdAt = createdAt;
    this.samplesCount = samplesCount;
  }
}
