package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Samples: list with filters, get, add (single and bulk), update, delete (single and bulk). */
final class SampleEndpoints extends Endpoints {

  private static final String SAMPLES = "/datasets/{owner}/{dataset}/samples/";
  private static final String BULK = "/datasets/{owner}/{dataset}/samples_bulk/";
  private static final String SAMPLE = "/samples/{uuid}/";

  SampleEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  @Override
  void register(Router router) {
    router
        .add("GET", SAMPLES, "getSamples", this::list)
        .add("POST", SAMPLES, "addSample", this::add)
        .add("POST", BULK, "addSamples", this::addBulk)
        .add("DELETE", BULK, "deleteSamples", this::deleteBulk)
        .add("GET", SAMPLE, "getSample", this::get)
        .add("PATCH", SAMPLE, "updateSample", this::update)
        .add("DELETE", SAMPLE, "deleteSample", this::delete);
  }

  private ApiResponse list(RoutedRequest request) {
    String labelset = request.query("labelset");
    String fullLabel = request.query("include_full_label");
    boolean full = "1".equals(fullLabel) || "true".equalsIgnoreCase(fullLabel);
    return ctx.view(
        request,
        dataset -> {
          if (labelset != null && !dataset.labelsets.containsKey(labelset)) {
            throw ApiException.detail(404, "Labelset '" + labelset + "' does not exist.");
          }
          List<StoredSample> page =
              Pagination.page(SampleFilter.select(dataset, request, labelset), request);
          return Json.array(page, s -> ctx.views.sample(s, labelset, full, false));
        });
  }

  private ApiResponse get(RoutedRequest request) {
    StoredSample sample = ctx.sample(request, request.path("uuid"), null);
    String labelset = request.query("labelset");
    boolean signed = "1".equals(request.query("include_signed_urls"));
    if (labelset != null && labelset.contains("?")) {
      // The Python SDK joins both parameters with '?': labelset=ground-truth?include_signed_urls=1
      signed |= labelset.contains("include_signed_urls=1");
      labelset = labelset.substring(0, labelset.indexOf('?'));
    }
    String set = labelset;
    boolean signedUrls = signed;
    return ApiResponse.ok(
        EmulatorContext.locked(
            sample.dataset, () -> ctx.views.sample(sample, set, set != null, signedUrls)));
  }

  private ApiResponse add(RoutedRequest request) {
    StoredSample sample =
        ctx.change(
            request,
            Access.MANAGER,
            dataset -> {
              StoredSample created = newSample(dataset, request.json(), request.user().username());
              if (dataset.samples.containsKey(created.name)) {
                throw ApiException.badRequest(
                    "A sample with the name '"
                        + created.name
                        + "' already exists in this dataset.");
              }
              insert(dataset, created);
              return created;
            });
    return ApiResponse.created(published("created", sample));
  }

  private ApiResponse addBulk(RoutedRequest request) {
    JsonNode body = request.json();
    if (!body.isArray()) {
      throw ApiException.field("non_field_errors", "Expected a list of items.");
    }
    return ApiResponse.created(
        ctx.change(
            request,
            Access.MANAGER,
            dataset -> {
              List<StoredSample> candidates = new ArrayList<>();
              body.forEach(
                  item -> candidates.add(newSample(dataset, item, request.user().username())));
              List<StoredSample> result = new ArrayList<>();
              for (StoredSample candidate : candidates) {
                StoredSample existing = dataset.samples.get(candidate.name);
                if (existing == null) {
                  insert(dataset, candidate);
                  published("created", candidate);
                  existing = candidate;
                }
                result.add(existing);
              }
              return Json.array(result, this::render);
            }));
  }

  /** Inserts a sample created by {@link #newSample}; call with the dataset lock held. */
  void insert(StoredDataset dataset, StoredSample sample) {
    dataset.samples.put(sample.name, sample);
    ctx.store.indexSample(sample);
  }

  /** A new, not yet inserted sample from an add body; call with the dataset lock held. */
  StoredSample newSample(StoredDataset dataset, JsonNode body, String createdBy) {
    Json.requireObject(body);
    String name = Json.requiredText(body, "name");
    JsonNode attributes = Shapes.sampleAttributes(dataset.taskType(), body.get("attributes"));
    StoredSample sample =
        new StoredSample(
            Store.uuid(), dataset, ctx.store.clock.next(), createdBy, ctx.store.nextSequence());
    sample.name = name;
    sample.attributes = attributes;
    sample.metadata = Json.objectField(body, "metadata");
    sample.priority = Validation.number(body, "priority", IntNode.valueOf(0));
    sample.readme = Json.text(body, "readme", "");
    sample.assignedLabeler = Json.text(body, "assigned_labeler", null);
    sample.assignedReviewer = Json.text(body, "assigned_reviewer", null);
    return sample;
  }

  /** A copy of a sample for a cloned dataset, with its labels if asked; source lock held. */
  StoredSample copy(StoredSample source, StoredDataset target, boolean withLabels) {
    StoredSample copy =
        new StoredSample(
            Store.uuid(),
            target,
            ctx.store.clock.next(),
            source.createdBy,
            ctx.store.nextSequence());
    copy.name = source.name;
    copy.attributes = source.attributes;
    copy.metadata = source.metadata;
    copy.priority = source.priority;
    copy.readme = source.readme;
    copy.assignedLabeler = source.assignedLabeler;
    copy.assignedReviewer = source.assignedReviewer;
    if (withLabels) {
      source.labels.forEach((labelset, label) -> copy.labels.put(labelset, label.copy()));
    }
    return copy;
  }

  private JsonNode render(StoredSample sample) {
    return ctx.views.sample(sample, null, false, false);
  }

  /** Renders a sample and sends {@code sample.<verb>} with it; returns the rendering. */
  private JsonNode published(String verb, StoredSample sample) {
    JsonNode view = render(sample);
    ctx.publish("sample." + verb, sample.dataset, view, "Sample " + sample.name + " " + verb);
    return view;
  }

  private ApiResponse update(RoutedRequest request) {
    StoredSample sample = ctx.sample(request, request.path("uuid"), Access.MANAGER);
    JsonNode body = Json.requireObject(request.json());
    StoredDataset dataset = sample.dataset;
    return ApiResponse.ok(
        EmulatorContext.locked(
            dataset,
            () -> {
              if (body.hasNonNull("name")) {
                rename(dataset, sample, Json.requiredText(body, "name"));
              }
              if (body.has("attributes")) {
                sample.attributes =
                    Shapes.sampleAttributes(dataset.taskType(), body.get("attributes"));
              }
              if (body.hasNonNull("metadata")) {
                sample.metadata = Json.objectField(body, "metadata");
              }
              sample.priority = Validation.number(body, "priority", sample.priority);
              sample.readme = Json.text(body, "readme", sample.readme);
              if (body.has("assigned_labeler")) {
                sample.assignedLabeler = Json.text(body, "assigned_labeler", null);
              }
              if (body.has("assigned_reviewer")) {
                sample.assignedReviewer = Json.text(body, "assigned_reviewer", null);
              }
              return published("updated", sample);
            }));
  }

  private static void rename(StoredDataset dataset, StoredSample sample, String name) {
    if (name.equals(sample.name)) {
      return;
    }
    if (dataset.samples.containsKey(name)) {
      throw ApiException.badRequest(
          "A sample with the name '" + name + "' already exists in this dataset.");
    }
    Map<String, StoredSample> reordered = new LinkedHashMap<>();
    dataset.samples.forEach((k, v) -> reordered.put(v == sample ? name : k, v));
    dataset.samples.clear();
    dataset.samples.putAll(reordered);
    sample.name = name;
  }

  private ApiResponse delete(RoutedRequest request) {
    StoredSample sample = ctx.sample(request, request.path("uuid"), Access.MANAGER);
    EmulatorContext.locked(sample.dataset, () -> remove(sample.dataset, sample));
    return ApiResponse.noContent();
  }

  private ApiResponse deleteBulk(RoutedRequest request) {
    JsonNode uuids = Json.requireObject(request.json()).get("uuids");
    if (uuids == null || !uuids.isArray()) {
      throw ApiException.required("uuids");
    }
    if (uuids.isEmpty()) {
      throw ApiException.badRequest("uuids list cannot be empty");
    }
    if (uuids.size() > Pagination.MAX_PER_PAGE) {
      throw ApiException.badRequest(
          "Cannot delete more than 1000 samples at once. Got " + uuids.size() + ".");
    }
    Set<String> wanted = new HashSet<>();
    uuids.forEach(u -> wanted.add(u.asText()));
    int deleted =
        ctx.change(
            request,
            Access.MANAGER,
            dataset -> {
              List<StoredSample> matches =
                  dataset.samples.values().stream().filter(s -> wanted.contains(s.uuid)).toList();
              matches.forEach(s -> remove(dataset, s));
              return matches.size();
            });
    return ApiResponse.ok(Json.object().put("deleted_count", deleted));
  }

  /** Removes a sample with its labels and issues; call with the dataset lock held. */
  private StoredSample remove(StoredDataset dataset, StoredSample sample) {
    published("deleted", sample);
    dataset.samples.remove(sample.name, sample);
    ctx.store.unindexSample(sample);
    dataset
        .issues
        .values()
        .removeIf(
            issue -> {
              boolean ofSample = issue.sample == sample;
              if (ofSample) {
                ctx.store.unindexIssue(issue.uuid);
              }
              return ofSample;
            });
    return sample;
  }
}
