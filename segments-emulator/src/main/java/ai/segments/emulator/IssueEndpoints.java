package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Issues: listed per dataset, created on a sample, updated and deleted by uuid. */
final class IssueEndpoints extends Endpoints {

  private static final String ISSUE = "/issues/{uuid}/";

  IssueEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  @Override
  void register(Router router) {
    router
        .add("GET", "/datasets/{owner}/{dataset}/issues/", "getIssues", this::list)
        .add("POST", "/samples/{uuid}/issues/", "addIssue", this::add)
        .add("PATCH", ISSUE, "updateIssue", this::update)
        .add("DELETE", ISSUE, "deleteIssue", this::delete);
  }

  private ApiResponse list(RoutedRequest request) {
    return ctx.view(request, d -> Json.array(d.issues.values(), ctx.views::issue));
  }

  private ApiResponse add(RoutedRequest request) {
    StoredSample sample = ctx.sample(request, request.path("uuid"), Access.LABELER);
    JsonNode body = Json.requireObject(request.json());
    return ApiResponse.created(
        EmulatorContext.locked(
            sample.dataset,
            () -> published("created", add(sample, body, request.user().username()))));
  }

  /** Adds an issue to a sample; call with the dataset lock held. */
  StoredIssue add(StoredSample sample, JsonNode body, String user) {
    String description = Json.requiredText(body, "description");
    StoredIssue issue = new StoredIssue(Store.uuid(), sample, ctx.store.clock.next(), user);
    issue.description = description;
    issue.status = status(body, "OPEN");
    issue.anchor = Validation.anchor(body.get("anchor"));
    sample.dataset.issues.put(issue.uuid, issue);
    ctx.store.indexIssue(issue);
    return issue;
  }

  /** Renders an issue and sends {@code issue.<verb>} with it; returns the rendering. */
  private JsonNode published(String verb, StoredIssue issue) {
    JsonNode view = ctx.views.issue(issue);
    String text = "Issue " + verb + " on sample " + issue.sample.name;
    ctx.publish("issue." + verb, issue.sample.dataset, view, text);
    return view;
  }

  private static String status(JsonNode body, String fallback) {
    String status = Json.text(body, "status", fallback);
    return Validation.choice("status", status, Validation.ISSUE_STATUSES);
  }

  private ApiResponse update(RoutedRequest request) {
    JsonNode body = Json.requireObject(request.json());
    return withIssue(
        request,
        issue -> {
          issue.description = Json.text(body, "description", issue.description);
          issue.status = status(body, issue.status);
          if (body.has("anchor")) { // an explicit null removes the anchor
            issue.anchor = Validation.anchor(body.get("anchor"));
          }
          issue.updatedAt = ctx.store.clock.next();
          issue.updatedBy = request.user().username();
          return ApiResponse.ok(published("updated", issue));
        });
  }

  private ApiResponse delete(RoutedRequest request) {
    return withIssue(
        request,
        issue -> {
          issue.sample.dataset.issues.remove(issue.uuid);
          ctx.store.unindexIssue(issue.uuid);
          return ApiResponse.noContent();
        });
  }

  private ApiResponse withIssue(
      RoutedRequest request, java.util.function.Function<StoredIssue, ApiResponse> action) {
    StoredIssue issue = ctx.store.issue(request.path("uuid")).orElseThrow(ApiException::notFound);
    StoredSample sample = ctx.sample(request, issue.sample.uuid, Access.LABELER);
    return EmulatorContext.locked(
        sample.dataset,
        () -> {
          if (sample.dataset.issues.get(issue.uuid) != issue) {
            throw ApiException.notFound();
          }
          return action.apply(issue);
        });
  }
}
