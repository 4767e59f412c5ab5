package ai.segments.emulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A user or an organization; organizations hold their members and roles. */
final class StoredAccount {

  private final String username;
  private final String email;
  private final String createdAt;
  private final boolean organization;
  private final String createdBy;
  private final Set<String> apiKeys = ConcurrentHashMap.newKeySet();
  private final Map<String, String> members = new ConcurrentHashMap<>();

  StoredAccount(
      String username, String email, String createdAt, boolean organization, String createdBy) {
    this.username = username;
    this.email = email;
    this.createdAt = createdAt;
    this.organization = organization;
    this.createdBy = createdBy;
  }

  String username() {
    return username;
  }

  String email() {
    return email;
  }

  String createdAt() {
    return createdAt;
  }

  boolean isOrganization() {
    return organization;
  }

  /** The user who created the organization, or null for a user. */
  String createdBy() {
    return createdBy;
  }

  Set<String> apiKeys() {
    return apiKeys;
  }

  /** Members of an organization by username, with their role. */
  Map<String, String> members() {
    return members;
  }
}
