package ai.segments.emulator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's in-memory state. Top-level maps are concurrent; everything inside a dataset is
 * guarded by that dataset's lock. Dataset names are unique per owner because the map is keyed by
 * full name and filled with {@code putIfAbsent}.
 */
final class Store {

  /** A stored file (uploaded asset or release file). */
  record StoredObject(String contentType, byte[] bytes) {}

  final Timestamps clock = new Timestamps();
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, StoredAccount> users = new ConcurrentHashMap<>();
  private final Map<String, StoredAccount> usersByKey = new ConcurrentHashMap<>();
  private final Map<String, StoredDataset> datasets = new ConcurrentHashMap<>();
  private final Map<String, StoredSample> samples = new ConcurrentHashMap<>();
  private final Map<String, StoredIssue> issues = new ConcurrentHashMap<>();
  private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
  private final Map<String, String> pendingUploads = new ConcurrentHashMap<>();

  long nextSequence() {
    return sequence.incrementAndGet();
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** Returns the user or organization with that name, creating it if needed. */
  StoredAccount user(String username, String email, boolean organization, String createdBy) {
    return users.computeIfAbsent(
        username, name -> new StoredAccount(name, email, clock.next(), organization, createdBy));
  }

  void addApiKey(StoredAccount user, String apiKey) {
    user.apiKeys().add(apiKey);
    usersByKey.put(apiKey, user);
  }

  Optional<StoredAccount> user(String username) {
    return Optional.ofNullable(users.get(username));
  }

  Optional<StoredAccount> userByKey(String apiKey) {
    return Optional.ofNullable(usersByKey.get(apiKey));
  }

  /** Organizations the user is a member of, sorted by name. */
  List<StoredAccount> organizationsOf(String username) {
    return users.values().stream()
        .filter(u -> u.isOrganization() && u.members().containsKey(username))
        .sorted(Comparator.comparing(StoredAccount::username))
        .toList();
  }

  Optional<StoredDataset> dataset(String fullName) {
    return Optional.ofNullable(datasets.get(fullName));
  }

  /** All datasets in creation order. */
  List<StoredDataset> datasets() {
    return datasets.values().stream().sorted(Comparator.comparing(d -> d.createdAt)).toList();
  }

  /** Adds a dataset unless its owner already has one with that name. */
  boolean addDataset(StoredDataset dataset) {
    return datasets.putIfAbsent(dataset.fullName(), dataset) == null;
  }

  /** Removes a dataset and its indexes; the caller holds the dataset lock. */
  void removeDataset(StoredDataset dataset) {
    datasets.remove(dataset.fullName(), dataset);
    dataset.deleted = true;
    dataset.samples.values().forEach(s -> samples.remove(s.uuid));
    dataset.issues.keySet().forEach(issues::remove);
  }

  Optional<StoredSample> sample(String uuid) {
    return Optional.ofNullable(samples.get(uuid));
  }

  void indexSample(StoredSample sample) {
    samples.put(sample.uuid, sample);
  }

  void unindexSample(StoredSample sample) {
    samples.remove(sample.uuid);
  }

  Optional<StoredIssue> issue(String uuid) {
    return Optional.ofNullable(issues.get(uuid));
  }

  void indexIssue(StoredIssue issue) {
    issues.put(issue.uuid, issue);
  }

  void unindexIssue(String uuid) {
    issues.remove(uuid);
  }

  void putObject(String key, StoredObject object) {
    objects.put(key, object);
  }

  Optional<StoredObject> object(String key) {
    return Optional.ofNullable(objects.get(key));
  }

  /** Remembers an upload slot created by {@code POST /assets/}: object key to content type. */
  void expectUpload(String key, String contentType) {
    pendingUploads.put(key, contentType);
  }

  /** The content type of an expected upload, consumed on success. */
  Optional<String> takeUpload(String key) {
    return Optional.ofNullable(pendingUploads.remove(key));
  }
}
