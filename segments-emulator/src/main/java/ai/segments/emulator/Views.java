package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Renders the stored state as the API's JSON shapes (§3 of the API reference), with every required
 * field. Methods taking a dataset's contents are called with that dataset's lock held.
 */
final class Views {

  static final List<String> LABEL_STATUSES =
      List.of(
          "REVIEWED",
          "REVIEWING_IN_PROGRESS",
          "LABELED",
          "LABELING_IN_PROGRESS",
          "REJECTED",
          "PRELABELED",
          "SKIPPED",
          "VERIFIED",
          "UNLABELED");

  private final Store store;

  Views(Store store) {
    this.store = store;
  }

  /** The short user shape nested in collaborators and member lists. */
  ObjectNode userBrief(StoredAccount user) {
    return Json.object()
        .put("username", user.username())
        .put("created_at", user.createdAt())
        .put("is_organization", user.isOrganization())
        .put("email", user.email());
  }

  /** The authenticated user ({@code GET /user}), with organizations and roles. */
  ObjectNode self(StoredAccount user) {
    ObjectNode node = account(user);
    ArrayNode orgs = node.putArray("organizations");
    for (StoredAccount org : store.organizationsOf(user.username())) {
      orgs.add(
          userBrief(org)
              .put("organization_created_by", org.createdBy())
              .put("organization_role", org.members().get(user.username())));
    }
    node.putNull("members");
    return node;
  }

  /** Another user or an organization ({@code GET /users/{name}}); organizations list members. */
  ObjectNode other(StoredAccount user) {
    ObjectNode node = account(user);
    node.putNull("organizations");
    if (!user.isOrganization()) {
      node.putNull("members");
      return node;
    }
    ArrayNode members = node.putArray("members");
    user.members().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                store
                    .user(e.getKey())
                    .ifPresent(
                        m -> members.add(userBrief(m).put("organization_role", e.getValue()))));
    return node;
  }

  private ObjectNode account(StoredAccount user) {
    return userBrief(user)
        .put("webhooks_enabled", false)
        .put("private_upload_count", 0)
        .put("public_upload_count", 0)
        .put("subscription", user.isOrganization() ? "ENTERPRISE" : "STANDARD")
        .put("is_trial_expired", false)
        .put("organization_created_by", user.createdBy())
        .putNull("organization_role")
        .putNull("insights_urls");
  }

  ObjectNode owner(String username) {
    ObjectNode node = Json.object().put("username", username);
    store
        .user(username)
        .ifPresent(u -> node.put("created_at", u.createdAt()).put("email", u.email()));
    return node;
  }

  ObjectNode collaborator(String username, String role) {
    StoredAccount user = store.user(username).orElseThrow(ApiException::notFound);
    ObjectNode node = Json.object();
    node.set("user", userBrief(user));
    return node.put("role", role);
  }

  /** A dataset as seen by a user with {@code role} (null for a public reader). */
  ObjectNode dataset(StoredDataset dataset, String role) {
    ObjectNode node = Json.object().put("name", dataset.name).put("full_name", dataset.fullName());
    node.put("cloned_from", dataset.clonedFrom);
    node.set("owner", owner(dataset.owner));
    node.put("created_at", dataset.createdAt);
    node.setAll(dataset.settings);
    node.set("label_stats", labelStats(dataset));
    node.put("samples_count", dataset.samples.size());
    node.put("collaborators_count", dataset.collaborators.size());
    node.set("labelsets", Json.array(dataset.labelsets.values(), this::labelset));
    node.put("role", role);
    return node;
  }

  /** Counts of ground-truth label statuses, {@code UNLABELED} and {@code TOTAL}. */
  static ObjectNode labelStats(StoredDataset dataset) {
    ObjectNode stats = Json.object();
    LABEL_STATUSES.forEach(s -> stats.put(s, 0));
    for (StoredSample sample : dataset.samples.values()) {
      StoredLabel label = sample.labels.get(StoredLabelset.GROUND_TRUTH);
      String status = label == null ? "UNLABELED" : label.status;
      stats.put(status, stats.path(status).asInt() + 1);
    }
    return stats.put("TOTAL", dataset.samples.size());
  }

  ObjectNode labelset(StoredLabelset labelset) {
    return Json.object()
        .put("name", labelset.name())
        .put("description", labelset.description())
        .put("is_groundtruth", labelset.groundTruth())
        .put("created_at", labelset.createdAt());
  }

  /**
   * A sample. With a {@code labelset}, {@code label} holds that labelset's label: the full label
   * and the sample's issues when {@code full}, else a label summary.
   */
  ObjectNode sample(StoredSample sample, String labelset, boolean full, boolean signedUrls) {
    ObjectNode node = Json.object().put("uuid", sample.uuid).put("name", sample.name);
    node.set("attributes", signedUrls ? SignedUrls.sign(sample.attributes) : sample.attributes);
    node.set("metadata", sample.metadata);
    node.put("created_at", sample.createdAt).put("created_by", sample.createdBy);
    node.put("readme", sample.readme);
    node.put("assigned_labeler", sample.assignedLabeler);
    node.put("assigned_reviewer", sample.assignedReviewer);
    node.set("priority", sample.priority);
    StoredLabel label = labelset == null ? null : sample.labels.get(labelset);
    if (label == null) {
      node.putNull("label");
    } else {
      node.set("label", full ? label(sample, label) : labelSummary(label));
    }
    if (full) {
      node.set(
          "issues",
          Json.array(
              sample.dataset.issues.values().stream().filter(i -> i.sample == sample).toList(),
              this::issue));
    } else {
      node.putNull("issues");
    }
    return node.put("dataset_full_name", sample.dataset.fullName());
  }

  ObjectNode label(StoredSample sample, StoredLabel label) {
    ObjectNode node =
        Json.object()
            .put("sample_uuid", sample.uuid)
            .put("label_type", label.labelType)
            .put("label_status", label.status)
            .put("labelset", label.labelset);
    node.set("attributes", label.attributes);
    node.put("created_at", label.createdAt).put("created_by", label.createdBy);
    node.put("updated_at", label.updatedAt).put("updated_by", label.updatedBy);
    node.set("score", orNull(label.score));
    node.set("rating", orNull(label.rating));
    return node.put("reviewed_at", label.reviewedAt).put("reviewed_by", label.reviewedBy);
  }

  ObjectNode labelSummary(StoredLabel label) {
    ObjectNode node = Json.object();
    node.set("score", orNull(label.score));
    return node.put("label_status", label.status)
        .put("updated_at", label.updatedAt)
        .put("created_by", label.createdBy)
        .put("reviewed_by", label.reviewedBy);
  }

  ObjectNode issue(StoredIssue issue) {
    ObjectNode node =
        Json.object()
            .put("uuid", issue.uuid)
            .put("description", issue.description)
            .put("created_at", issue.createdAt)
            .put("updated_at", issue.updatedAt)
            .put("created_by", issue.createdBy)
            .put("updated_by", issue.updatedBy)
            .put("status", issue.status);
    ArrayNode comments = node.putArray("comments");
    issue.comments.forEach(
        c ->
            comments.add(
                Json.object()
                    .put("created_at", c.createdAt())
                    .put("created_by", c.createdBy())
                    .put("text", c.text())));
    node.set("anchor", orNull(issue.anchor));
    return node.put("sample_uuid", issue.sample.uuid).put("sample_name", issue.sample.name);
  }

  ObjectNode release(StoredRelease release) {
    ObjectNode node =
        Json.object()
            .put("uuid", release.uuid)
            .put("name", release.name)
            .put("description", release.description)
            .put("release_type", "JSON");
    node.putObject("attributes").put("url", release.url);
    node.put("status", release.status)
        .put("created_at", release.createdAt)
        .put("samples_count", release.samplesCount);
    return (release.statusInfo != null) ? node.put("status_info", release.statusInfo) : node;
  }

  ObjectNode workunit(StoredWorkunit workunit, boolean sessionMetrics) {
    ObjectNode node =
        Json.object()
            .put("uuid", workunit.uuid())
            .put("created_at", workunit.createdAt())
            .put("created_by", workunit.createdBy())
            .put("work_type", workunit.workType())
            .put("next_label_status", workunit.nextLabelStatus())
            .put("time", workunit.time())
            .put("inactive_time", workunit.inactiveTime())
            .put("sample_uuid", workunit.sampleUuid())
            .put("sample_name", workunit.sampleName())
            .putNull("label_rating");
    if (sessionMetrics) {
      node.putObject("session_time_metrics")
          .put("active_time", workunit.time())
          .put("inactive_time", workunit.inactiveTime());
    } else {
      node.putNull("session_time_metrics");
    }
    return node;
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null ? NullNode.getInstance() : node;
  }
}
