package ai.segments.emulator;

import ai.segments.emulator.webhook.WebhookSender;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/** What all endpoints need: the store, access rules, views and the emulator's settings. */
final class EmulatorContext {

  final Store store = new Store();
  final Access access = new Access(store);
  final Views views = new Views(store);
  final ScheduledExecutorService scheduler;
  final Duration releaseDelay;
  final String minimumLibVersion;
  final WebhookSender webhooks;
  private volatile String baseUrl = "http://127.0.0.1/";

  EmulatorContext(
      ScheduledExecutorService scheduler,
      Duration releaseDelay,
      String minimumLibVersion,
      WebhookSender webhooks) {
    this.scheduler = scheduler;
    this.releaseDelay = releaseDelay;
    this.minimumLibVersion = minimumLibVersion;
    this.webhooks = webhooks;
  }

  /**
   * Sends a webhook notification about a change made through the API (never for seed data).
   *
   * @param eventType e.g. {@code sample.created}
   * @param dataset the dataset concerned
   * @param object the REST representation of the changed object
   * @param text a human-readable summary; "in dataset owner/name." is appended
   */
  void publish(String eventType, StoredDataset dataset, JsonNode object, String text) {
    webhooks.send(
        eventType, dataset.fullName(), object, text + " in dataset " + dataset.fullName() + ".");
  }

  /** Sends a {@code dataset.*} webhook notification, e.g. "Dataset jane/flowers updated.". */
  void publishDataset(String verb, StoredDataset dataset, JsonNode object) {
    webhooks.send(
        "dataset." + verb,
        dataset.fullName(),
        object,
        "Dataset " + dataset.fullName() + " " + verb + ".");
  }

  /** The emulator's base URL with a trailing slash, e.g. {@code http://127.0.0.1:8080/}. */
  String baseUrl() {
    return baseUrl;
  }

  void baseUrl(String url) {
    this.baseUrl = url;
  }

  /**
   * Runs {@code action} holding the dataset lock; 404 if the dataset was deleted meanwhile.
   *
   * @param dataset the dataset to lock
   * @param action what to do
   * @return the action's result
   */
  static <T> T locked(StoredDataset dataset, Supplier<T> action) {
    synchronized (dataset) {
      if (dataset.deleted) {
        throw ApiException.notFound();
      }
      return action.get();
    }
  }

  /** The dataset named in the request path, if the caller may see it. */
  StoredDataset dataset(RoutedRequest request) {
    return access.visible(request.user(), request.datasetId());
  }

  /** The dataset of the path, checked for a minimum role; returns it for use under its lock. */
  StoredDataset dataset(RoutedRequest request, String minimumRole) {
    StoredDataset dataset = dataset(request);
    locked(
        dataset,
        () -> {
          access.require(request.user(), dataset, minimumRole);
          return dataset;
        });
    return dataset;
  }

  /**
   * A sample by uuid, if the caller may see its dataset and has at least {@code minimumRole} (null:
   * read access); 404 for unknown or invisible samples.
   */
  StoredSample sample(RoutedRequest request, String uuid, String minimumRole) {
    StoredSample sample = store.sample(uuid).orElseThrow(ApiException::notFound);
    StoredDataset dataset = access.visible(request.user(), sample.dataset.fullName());
    return locked(
        dataset,
        () -> {
          if (dataset != sample.dataset || dataset.samples.get(sample.name) != sample) {
            throw ApiException.notFound();
          }
          if (minimumRole != null) {
            access.require(request.user(), dataset, minimumRole);
          }
          return sample;
        });
  }

  /** Answers 200 with a view of the path's dataset, rendered under its lock. */
  ApiResponse view(RoutedRequest request, Function<StoredDataset, JsonNode> view) {
    StoredDataset dataset = dataset(request);
    return ApiResponse.ok(locked(dataset, () -> view.apply(dataset)));
  }

  /** Checks the caller's role on the path's dataset, then runs a change under its lock. */
  <T> T change(RoutedRequest request, String minimumRole, Function<StoredDataset, T> change) {
    StoredDataset dataset = dataset(request, minimumRole);
    return locked(dataset, () -> change.apply(dataset));
  }

  /** The value, or 404 {@code Not found.} when it is null. */
  static <T> T found(T value) {
    if (value == null) {
      throw ApiException.notFound();
    }
    return value;
  }

  /** The role of the caller on a dataset; call with the lock held. */
  String role(RoutedRequest request, StoredDataset dataset) {
    return access.role(request.user(), dataset);
  }
}
