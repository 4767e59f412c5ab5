package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A user or an organization.
 *
 * @param username the user name
 * @param createdAt when the account was created
 * @param isOrganization whether this is an organization
 * @param email the e-mail address
 * @param webhooksEnabled whether webhooks are enabled
 * @param privateUploadCount the number of private uploads
 * @param publicUploadCount the number of public uploads
 * @param subscription the subscription plan
 * @param isTrialExpired whether the trial has expired
 * @param organizations the organizations the user belongs to
 * @param organizationCreatedBy who created the organization
 * @param organizationRole the role in the organization
 * @param members the members of an organization
 * @param insightsUrls links to insights dashboards, by name
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(
    @Required String username,
    @Required Instant createdAt,
    @Required Boolean isOrganization,
    String email,
    Boolean webhooksEnabled,
    Long privateUploadCount,
    Long publicUploadCount,
    Subscription subscription,
    Boolean isTrialExpired,
    List<User> organizations,
    String organizationCreatedBy,
    Role organizationRole,
    List<User> members,
    Map<String, String> insightsUrls) {

  /** Copies the lists and the map. */
  public User {
    organizations = ModelCollections.list(organizations);
    members = ModelCollections.list(members);
    insightsUrls = ModelCollections.map(insightsUrls);
  }
}
