package ai.segments.emulator;

/** A unit of labeling work, recorded for every label change. */
record StoredWorkunit(
    String uuid,
    String createdAt,
    String createdBy,
    String workType,
    String nextLabelStatus,
    long time,
    long inactiveTime,
    String sampleUuid,
    String sampleName) {}
