package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Labels: one per sample and labelset. PUT creates (201) or replaces (200), PATCH updates, and
 * every change records a {@link StoredWorkunit}.
 */
final class LabelEndpoints extends Endpoints {

  private static final String LABEL = "/labels/{uuid}/{labelset}/";
  private static final List<String> REVIEW_STATUSES =
      List.of("REVIEWED", "REJECTED", "VERIFIED", "REVIEWING_IN_PROGRESS");

  LabelEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  @Override
  void register(Router router) {
    router
        .add("GET", LABEL, "getLabel", this::get)
        .add("PUT", LABEL, "addLabel", this::put)
        .add("PATCH", LABEL, "updateLabel", this::patch)
        .add("DELETE", LABEL, "deleteLabel", this::delete);
  }

  private ApiResponse get(RoutedRequest request) {
    return withLabel(request, null, (sample, label) -> ApiResponse.ok(view(sample, label)));
  }

  private ApiResponse put(RoutedRequest request) {
    StoredSample sample = ctx.sample(request, request.path("uuid"), Access.LABELER);
    JsonNode body = Json.requireObject(request.json());
    String labelset = request.path("labelset");
    return EmulatorContext.locked(
        sample.dataset,
        () -> {
          requireLabelset(sample.dataset, labelset);
          boolean created = !sample.labels.containsKey(labelset);
          StoredLabel label = put(sample, labelset, body, request.user().username());
          return ApiResponse.json(created ? 201 : 200, published("updated", sample, label));
        });
  }

  /**
   * Creates or replaces the label of a sample in a labelset and records a workunit; call with the
   * dataset lock held.
   */
  StoredLabel put(StoredSample sample, String labelset, JsonNode body, String user) {
    StoredLabel previous = sample.labels.get(labelset);
    String now = ctx.store.clock.next();
    StoredLabel label =
        new StoredLabel(
            labelset,
            sample.dataset.taskType(),
            previous == null ? now : previous.createdAt,
            previous == null ? user : previous.createdBy);
    label.status = "PRELABELED";
    label.attributes = Shapes.labelAttributes(sample.dataset.taskType(), body.get("attributes"));
    label.rating = body.get("rating");
    apply(sample, label, body, user, now);
    sample.labels.put(labelset, label);
    return label;
  }

  private ApiResponse patch(RoutedRequest request) {
    JsonNode body = Json.requireObject(request.json());
    return withLabel(
        request,
        Access.LABELER,
        (sample, label) -> {
          if (body.has("attributes")) {
            label.attributes = Shapes.labelAttributes(label.labelType, body.get("attributes"));
          }
          apply(sample, label, body, request.user().username(), ctx.store.clock.next());
          return ApiResponse.ok(published("updated", sample, label));
        });
  }

  private void apply(
      StoredSample sample, StoredLabel label, JsonNode body, String user, String now) {
    if (body.hasNonNull("label_status")) {
      label.status =
          Validation.choice(
              "label_status",
              body.get("label_status").asText(),
              Validation.SETTABLE_LABEL_STATUSES);
    }
    // score is nullable: an explicit null clears it, a missing key keeps it.
    label.score =
        body.has("score") && body.get("score").isNull()
            ? null
            : Validation.number(body, "score", label.score);
    label.updatedAt = now;
    label.updatedBy = user;
    boolean review = REVIEW_STATUSES.contains(label.status);
    if (review) {
      label.reviewedAt = now;
      label.reviewedBy = user;
    }
    sample.dataset.workunits.add(
        new StoredWorkunit(
            Store.uuid(),
            now,
            user,
            review ? "review" : "label",
            label.status,
            ThreadLocalRandom.current().nextLong(2_000, 120_000),
            0,
            sample.uuid,
            sample.name));
  }

  private ApiResponse delete(RoutedRequest request) {
    return withLabel(
        request,
        Access.LABELER,
        (sample, label) -> {
          published("deleted", sample, label);
          sample.labels.remove(label.labelset);
          return ApiResponse.noContent();
        });
  }

  /** What to do with an existing label, under the dataset lock. */
  @FunctionalInterface
  private interface LabelAction {
    ApiResponse apply(StoredSample sample, StoredLabel label);
  }

  private ApiResponse withLabel(RoutedRequest request, String minimumRole, LabelAction action) {
    StoredSample sample = ctx.sample(request, request.path("uuid"), minimumRole);
    String labelset = request.path("labelset");
    return EmulatorContext.locked(
        sample.dataset,
        () -> {
          requireLabelset(sample.dataset, labelset);
          StoredLabel label = sample.labels.get(labelset);
          if (label == null) {
            throw ApiException.notFound();
          }
          return action.apply(sample, label);
        });
  }

  private static void requireLabelset(StoredDataset dataset, String labelset) {
    if (!dataset.labelsets.containsKey(labelset)) {
      throw ApiException.detail(404, "Labelset '" + labelset + "' does not exist.");
    }
  }

  private JsonNode view(StoredSample sample, StoredLabel label) {
    return ctx.views.label(sample, label);
  }

  /**
   * Renders a label and sends {@code label.<verb>} with it (there is no {@code label.created}: a
   * new label is an update); returns the rendering.
   */
  private JsonNode published(String verb, StoredSample sample, StoredLabel label) {
    JsonNode view = view(sample, label);
    String text = "Label of sample " + sample.name + " (labelset " + label.labelset + ") " + verb;
    ctx.publish("label." + verb, sample.dataset, view, text);
    return view;
  }
}
