package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Dataset collaborators with roles; managed by dataset admins. */
final class CollaboratorEndpoints extends Endpoints {

  private static final String COLLABORATORS = "/datasets/{owner}/{dataset}/collaborators/";
  private static final String COLLABORATOR = COLLABORATORS + "{username}";

  CollaboratorEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  @Override
  void register(Router router) {
    router
        .add("GET", COLLABORATOR, "getDatasetCollaborator", this::get)
        .add("POST", COLLABORATORS, "addDatasetCollaborator", this::add)
        .add("PATCH", COLLABORATOR, "updateDatasetCollaborator", this::update)
        .add("DELETE", COLLABORATOR, "deleteDatasetCollaborator", this::delete);
  }

  private ApiResponse get(RoutedRequest request) {
    String username = request.path("username");
    return ctx.view(request, d -> ctx.views.collaborator(username, existing(d, username)));
  }

  private ApiResponse add(RoutedRequest request) {
    StoredDataset dataset = ctx.dataset(request, Access.ADMIN);
    JsonNode body = Json.requireObject(request.json());
    String username = Json.requiredText(body, "user");
    String role = role(body, Access.LABELER);
    return ApiResponse.created(
        EmulatorContext.locked(
            dataset, () -> ctx.views.collaborator(username, add(dataset, username, role))));
  }

  /** Adds a collaborator; call with the dataset lock held. */
  String add(StoredDataset dataset, String username, String role) {
    StoredAccount user = ctx.store.user(username).orElseThrow(ApiException::notFound);
    if (user.isOrganization() || dataset.owner.equals(username)) {
      throw ApiException.badRequest("User '" + username + "' cannot be added as collaborator.");
    }
    if (dataset.collaborators.containsKey(username)) {
      throw ApiException.badRequest("User '" + username + "' is already a collaborator.");
    }
    dataset.collaborators.put(username, role);
    return role;
  }

  private ApiResponse update(RoutedRequest request) {
    String username = request.path("username");
    String role = role(Json.requireObject(request.json()), null);
    return ApiResponse.ok(
        ctx.change(
            request,
            Access.ADMIN,
            d -> {
              existing(d, username);
              d.collaborators.put(username, role);
              return ctx.views.collaborator(username, role);
            }));
  }

  private ApiResponse delete(RoutedRequest request) {
    String username = request.path("username");
    ctx.change(
        request,
        Access.ADMIN,
        d -> {
          existing(d, username);
          return d.collaborators.remove(username);
        });
    return ApiResponse.noContent();
  }

  private static String role(JsonNode body, String fallback) {
    String role = Json.text(body, "role", fallback);
    if (role == null) {
      throw ApiException.required("role");
    }
    return Validation.choice("role", role, Access.ROLES);
  }

  private static String existing(StoredDataset dataset, String username) {
    return EmulatorContext.found(dataset.collaborators.get(username));
  }
}
