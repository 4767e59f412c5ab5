package ai.segments.emulator;

import java.util.List;

/**
 * Resolves a user's role on a dataset and enforces it. Owners are admins, organization members have
 * their organization role, collaborators their collaborator role; a public dataset is readable by
 * everyone. A dataset the user cannot see answers 404, as the real API does.
 */
final class Access {

  static final String LABELER = "labeler";
  static final String REVIEWER = "reviewer";
  static final String MANAGER = "manager";
  static final String ADMIN = "admin";
  static final List<String> ROLES = List.of(LABELER, REVIEWER, MANAGER, ADMIN);

  private final Store store;

  Access(Store store) {
    this.store = store;
  }

  /** The user's role on the dataset, or null. Call with the dataset lock held. */
  String role(StoredAccount user, StoredDataset dataset) {
    if (dataset.owner.equals(user.username())) {
      return ADMIN;
    }
    String orgRole =
        store.user(dataset.owner).map(o -> o.members().get(user.username())).orElse(null);
    String collaboratorRole = dataset.collaborators.get(user.username());
    return rank(orgRole) >= rank(collaboratorRole) ? orgRole : collaboratorRole;
  }

  /** The dataset if the user may see it; 404 otherwise. */
  StoredDataset visible(StoredAccount user, String fullName) {
    StoredDataset dataset = store.dataset(fullName).orElseThrow(ApiException::notFound);
    synchronized (dataset) {
      if (dataset.deleted || (!dataset.isPublic() && role(user, dataset) == null)) {
        throw ApiException.notFound();
      }
    }
    return dataset;
  }

  /** Checks that the user has at least {@code minimumRole} on a visible dataset; 403 otherwise. */
  void require(StoredAccount user, StoredDataset dataset, String minimumRole) {
    if (rank(role(user, dataset)) < rank(minimumRole)) {
      throw ApiException.forbidden();
    }
  }

  /** Whether the user may create datasets for that owner (themselves or an organization). */
  boolean canOwn(StoredAccount user, String owner) {
    if (owner.equals(user.username())) {
      return true;
    }
    return store
        .user(owner)
        .map(o -> o.isOrganization() && o.members().containsKey(user.username()))
        .orElse(false);
  }

  static int rank(String role) {
    return role == null ? -1 : ROLES.indexOf(role);
  }
}
