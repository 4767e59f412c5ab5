package ai.segments.client;

import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.download.DownloadPolicy;
import ai.segments.client.ego.EgoTransform;
import ai.segments.client.exception.AlreadyExistsException;
import ai.segments.client.exception.CollaboratorException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.client.internal.ApiExecutor;
import ai.segments.client.internal.ClientLifecycle;
import ai.segments.client.internal.DownloadHostSlots;
import ai.segments.client.internal.DownloadHosts;
import ai.segments.client.internal.Downloads;
import ai.segments.client.internal.JsonCodec;
import ai.segments.client.internal.SegmentsLibrary;
import ai.segments.client.internal.resource.AccountResource;
import ai.segments.client.internal.resource.ApiCalls;
import ai.segments.client.internal.resource.AssetResource;
import ai.segments.client.internal.resource.BulkSampleSender;
import ai.segments.client.internal.resource.DatasetResource;
import ai.segments.client.internal.resource.IssueResource;
import ai.segments.client.internal.resource.LabelResource;
import ai.segments.client.internal.resource.NamedChildResource;
import ai.segments.client.internal.resource.PagedList;
import ai.segments.client.internal.resource.SampleResource;
import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.Asset;
import ai.segments.client.model.Collaborator;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.DeleteSamplesResponse;
import ai.segments.client.model.Issue;
import ai.segments.client.model.Label;
import ai.segments.client.model.Labelset;
import ai.segments.client.model.Release;
import ai.segments.client.model.Role;
import ai.segments.client.model.Sample;
import ai.segments.client.model.User;
import ai.segments.client.model.Workunit;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.paging.WorkunitQuery;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddIssueRequest;
import ai.segments.client.request.AddLabelRequest;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.client.request.CloneDatasetRequest;
import ai.segments.client.request.UpdateDatasetRequest;
import ai.segments.client.request.UpdateIssueRequest;
import ai.segments.client.request.UpdateLabelRequest;
import ai.segments.client.request.UpdateSampleRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The client for the Segments.ai REST API: every operation of the official Python SDK, under the
 * SDK's names in camelCase, typed and over Spring's {@link RestClient}.
 *
 * <p>Create one with {@link #builder()}; in a Spring Boot application, inject the auto-configured
 * bean instead. Instances are immutable and thread-safe. {@link #withApiKey(String)} and {@link
 * #withReadTimeout(Duration)} derive clients that share the same connection pool.
 *
 * <p>Every failure is a {@link ai.segments.client.exception.SegmentsException}; bad input is
 * rejected with a {@link ai.segments.client.exception.ValidationException} before any request is
 * sent.
 *
 * <p>A client from {@link #builder()} sends every call once: it does not retry, back off, pace its
 * requests or fail fast during outages by itself, and its transport neither retries nor follows
 * redirects. It bounds every call with the connect and read timeouts (10 and 60 seconds by
 * default), and a throttled or transient failure surfaces at once as a typed {@link
 * ai.segments.client.exception.SegmentsException} (an {@link
 * ai.segments.client.exception.ApiLimitException} when throttled) with its status, whether the
 * request failed in transport and how long the server asked to wait ({@link
 * ai.segments.client.exception.SegmentsException#retryAfter()}). Retries with back-off, the rate
 * limiter, the retry budget and the circuit breaker are {@link
 * ai.segments.client.call.SegmentsCallInterceptor interceptors} from the {@code segments-spring}
 * module (retries on Spring Retry): the Spring Boot starter adds them, and without Boot they are
 * added with {@link Builder#interceptor(SegmentsCallInterceptor)}.
 *
 * <p>Creates and deletes survive failures that leave their outcome unknown (a read timeout, a reset
 * connection, a 5xx, an unreadable success answer): a create of a uniquely named resource ({@code
 * addDataset}, {@code cloneDataset}, {@code addDatasetCollaborator}, {@code addSample}, {@code
 * addLabelset}, {@code addRelease}) looks the name up and returns the existing resource, or marks
 * the failure {@link ai.segments.client.exception.SegmentsException#isSafeToRetry() safe to retry};
 * {@code addIssue} and {@code uploadAsset} are never repeated and their failure says it {@link
 * ai.segments.client.exception.SegmentsException#mayHaveBeenApplied() may have happened}; a delete
 * whose retry (by a retry interceptor) finds nothing succeeds. See docs/retries.md, "Creates and
 * ambiguous failures".
 */
public final class SegmentsClient implements AutoCloseable {

  /**
   * This library's version, from the build (e.g. {@code 0.1.0}): the one the client sends to {@code
   * api_status} and in its {@code X-source} and {@code User-Agent} headers.
   */
  public static final String VERSION = SegmentsLibrary.version();

  /** The labelset {@link #getLabel(String)} reads, as in the SDK. */
  public static final String DEFAULT_LABELSET = "ground-truth";

  private static final Log LOGGER = LogFactory.getLog(SegmentsClient.class);

  private final Settings settings;
  private final ApiExecutor executor;
  private final JsonCodec codec;

  private final AccountResource account;
  private final DatasetResource datasets;
  private final SampleResource samples;
  private final LabelResource labels;
  private final NamedChildResource<Labelset> labelsets;
  private final IssueResource issues;
  private final NamedChildResource<Release> releases;
  private final PagedList<Workunit, WorkunitQuery> workunits;
  private final AssetResource assets;

  private SegmentsClient(Settings settings, ApiExecutor executor, JsonCodec codec) {
    this.settings = settings;
    this.executor = executor;
    this.codec = codec;
    // Derived clients come through here too: their resources send through their own executor.
    ApiCalls calls =
        new ApiCalls(executor, codec, settings.compression(), settings.normalizeAttributes());
    this.account = new AccountResource(calls);
    this.datasets = new DatasetResource(calls, this.account);
    this.samples = new SampleResource(calls);
    this.labels = new LabelResource(calls);
    this.labelsets =
        new NamedChildResource<>(calls, Labelset.class, NamedChildResource.Kind.LABELSETS);
    this.issues = new IssueResource(calls);
    this.releases =
        new NamedChildResource<>(calls, Release.class, NamedChildResource.Kind.RELEASES);
    this.workunits = PagedList.workunits(calls);
    this.assets = new AssetResource(calls);
  }

  /**
   * Starts building a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client that sends another API key and otherwise works like this one, sharing its connection
   * pool, interceptors and settings (for multi-tenant services).
   *
   * @param apiKey the other API key
   * @return the derived client
   */
  public SegmentsClient withApiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey must not be null");
    return withApiKey(() -> apiKey);
  }

  /**
   * A client that reads its API key from another supplier, on every request.
   *
   * @param apiKey supplies the other API key
   * @return the derived client
   */
  public SegmentsClient withApiKey(Supplier<String> apiKey) {
    Objects.requireNonNull(apiKey, "apiKey must not be null");
    return new SegmentsClient(this.settings, this.executor.withApiKey(apiKey), this.codec);
  }

  /**
   * A client with another read timeout that shares this client's connection pool.
   *
   * @param readTimeout the read timeout, positive
   * @return the derived client
   */
  public SegmentsClient withReadTimeout(Duration readTimeout) {
    Settings derived = this.settings.withReadTimeout(readTimeout);
    return new SegmentsClient(
        derived, this.executor.withRestClient(derived.restClient()), this.codec);
  }

  /**
   * Checks the API's status and that the key is accepted: {@code GET
   * /api_status/?lib_version=<version>}.
   *
   * @return the status; a 426 answer is not an error but {@link ApiStatus#upgradeRecommended()}
   * @throws ai.segments.client.exception.SegmentsException when the API is unreachable, the key is
   *     rejected or the API fails
   */
  public ApiStatus checkApiStatus() {
    int statusCode = this.account.checkApiStatus();
    return new ApiStatus(statusCode, statusCode == 426);
  }

  /**
   * The Python SDK's handshake, on demand: {@link #checkApiStatus()} ({@code GET
   * /api_status/?lib_version=<version>}), logging the upgrade advice at WARN when the API answers
   * 426, as the SDK does when it creates a client. Plain clients never call it by themselves; the
   * Spring Boot auto-configuration calls it at startup unless {@code
   * segments.verify-on-startup=false}.
   *
   * @return the status: 200, or 426 with {@link ApiStatus#upgradeAdvice()} (the client still works)
   * @throws ai.segments.client.exception.AuthenticationException when the API rejects the key (401)
   * @throws ai.segments.client.exception.AuthorizationException when the key may not call the API
   *     (403)
   * @throws NetworkException when the API is unreachable or fails otherwise
   * @throws SegmentsException for any other failure (e.g. throttling or a timeout)
   */
  public ApiStatus verify() {
    ApiStatus status = checkApiStatus();
    status.upgradeAdvice().ifPresent(LOGGER::warn);
    return status;
  }

  // ------------------------------------------------------------------------------------- users

  /**
   * The authenticated user: {@code GET /user}.
   *
   * @return the user
   * @throws SegmentsException if the call fails
   */
  public User getUser() {
    return this.account.getUser();
  }

  /**
   * Another user or an organization: {@code GET /users/{user}}.
   *
   * @param user the username; {@code null} for the authenticated user ({@code GET /user})
   * @return the user
   * @throws ValidationException if the username is blank (nothing is sent)
   * @throws NotFoundException if the user does not exist
   * @throws SegmentsException if the call fails
   */
  public User getUser(String user) {
    return this.account.getUser(user);
  }

  // ---------------------------------------------------------------------------------- datasets

  /**
   * The first page (up to 1000) of the authenticated user's datasets: {@code GET
   * /user/datasets/?per_page=1000&page=1}. See {@link #streamDatasets()} for all of them.
   *
   * @return the datasets
   * @throws SegmentsException if the call fails
   */
  public List<Dataset> getDatasets() {
    return this.datasets.getDatasets(null);
  }

  /**
   * The first page (up to 1000) of a user's datasets: {@code GET
   * /users/{user}/datasets/?per_page=1000&page=1}.
   *
   * @param user the username; {@code null} for the authenticated user
   * @return the datasets
   * @throws ValidationException if the username is blank (nothing is sent)
   * @throws SegmentsException if the call fails
   */
  public List<Dataset> getDatasets(String user) {
    return this.datasets.getDatasets(user);
  }

  /**
   * One page of a user's datasets: {@code GET /user/datasets/?per_page=&page=} for the
   * authenticated user, {@code GET /users/{user}/datasets/?per_page=&page=} for another.
   *
   * @param user the username; {@code null} for the authenticated user
   * @param perPage the page size, 1 to 1000 (the SDK's default is 1000)
   * @param page the page, starting at 1
   * @return the datasets; fewer than {@code perPage} on the last page
   * @throws ValidationException if an argument is out of range (nothing is sent)
   * @throws NotFoundException for a page past the end ({@code Invalid page.})
   * @throws SegmentsException if the call fails
   */
  public List<Dataset> getDatasets(String user, int perPage, int page) {
    return this.datasets.getDatasets(user, perPage, page);
  }

  /**
   * Every dataset of the authenticated user, fetched lazily page by page (1000 per page) as the
   * stream is consumed.
   *
   * @return a sequential stream; a failing page request throws from the consuming operation
   * @throws SegmentsException while consuming, if a call fails
   */
  public Stream<Dataset> streamDatasets() {
    return this.datasets.streamDatasets(null);
  }

  /**
   * Every dataset of a user, fetched lazily page by page (1000 per page) as the stream is consumed.
   *
   * @param user the username; {@code null} for the authenticated user
   * @return a sequential stream
   * @throws ValidationException if the username is blank (nothing is sent)
   * @throws SegmentsException while consuming, if a call fails
   */
  public Stream<Dataset> streamDatasets(String user) {
    return this.datasets.streamDatasets(user);
  }

  /**
   * A dataset: {@code GET /datasets/{owner}/{name}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return the dataset
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws NotFoundException if the dataset does not exist or is not visible
   * @throws SegmentsException if the call fails
   */
  public Dataset getDataset(String datasetIdentifier) {
    return this.datasets.getDataset(datasetIdentifier);
  }

  /**
   * Creates a dataset with the SDK's defaults (segmentation-bitmap, one category {@code object}):
   * {@code POST /user/datasets/}.
   *
   * @param name the dataset name
   * @return the new dataset
   * @throws ValidationException if the name is blank (nothing is sent)
   * @throws AlreadyExistsException if a dataset of that name exists
   * @throws SegmentsException if the call fails
   */
  public Dataset addDataset(String name) {
    return this.datasets.addDataset(AddDatasetRequest.of(name));
  }

  /**
   * Creates a dataset: {@code POST /user/datasets/}, or {@code POST
   * /organizations/{organization}/datasets/} when the request names an organization.
   *
   * @param request the dataset to create
   * @return the new dataset
   * @throws ValidationException if the name is blank or the task attributes are invalid
   * @throws AlreadyExistsException if a dataset of that name exists
   * @throws SegmentsException if the call fails
   */
  public Dataset addDataset(AddDatasetRequest request) {
    return this.datasets.addDataset(request);
  }

  /**
   * Changes a dataset: {@code PATCH /datasets/{owner}/{name}/} with only the changed keys.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param request the changes
   * @return the updated dataset
   * @throws ValidationException if an argument is missing or malformed (nothing is sent)
   * @throws NotFoundException if the dataset does not exist
   * @throws SegmentsException if the call fails
   */
  public Dataset updateDataset(String datasetIdentifier, UpdateDatasetRequest request) {
    return this.datasets.updateDataset(datasetIdentifier, request);
  }

  /**
   * Deletes a dataset: {@code DELETE /datasets/{owner}/{name}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws NotFoundException if the dataset does not exist
   * @throws SegmentsException if the call fails
   */
  public void deleteDataset(String datasetIdentifier) {
    this.datasets.deleteDataset(datasetIdentifier);
  }

  /**
   * Clones a dataset as {@code <name>-clone}, without labels: {@code POST
   * /datasets/{owner}/{name}/clone/}.
   *
   * @param datasetIdentifier the source dataset, {@code owner/name}
   * @return the clone
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws SegmentsException if the call fails
   */
  public Dataset cloneDataset(String datasetIdentifier) {
    return this.datasets.cloneDataset(datasetIdentifier, CloneDatasetRequest.defaults());
  }

  /**
   * Clones a dataset: {@code POST /datasets/{owner}/{name}/clone/}.
   *
   * @param datasetIdentifier the source dataset, {@code owner/name}
   * @param request the clone's name, task type, visibility, owner and whether to copy labels
   * @return the clone
   * @throws ValidationException if an argument is missing or malformed (nothing is sent)
   * @throws SegmentsException if the call fails
   */
  public Dataset cloneDataset(String datasetIdentifier, CloneDatasetRequest request) {
    return this.datasets.cloneDataset(datasetIdentifier, request);
  }

  // ----------------------------------------------------------------------------- collaborators

  /**
   * A collaborator of a dataset: {@code GET /datasets/{owner}/{name}/collaborators/{username}}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param username the collaborator's username
   * @return the collaborator
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws NotFoundException if the dataset or collaborator does not exist
   * @throws SegmentsException if the call fails
   */
  public Collaborator getDatasetCollaborator(String datasetIdentifier, String username) {
    return this.datasets.getDatasetCollaborator(datasetIdentifier, username);
  }

  /**
   * Adds a labeler to a dataset: {@code POST /datasets/{owner}/{name}/collaborators/} with {@code
   * {"user": username, "role": "labeler"}}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param username the user to add
   * @return the collaborator
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws CollaboratorException if the user cannot be added or already is a collaborator
   * @throws SegmentsException if the call fails
   */
  public Collaborator addDatasetCollaborator(String datasetIdentifier, String username) {
    return this.datasets.addDatasetCollaborator(datasetIdentifier, username, Role.LABELER);
  }

  /**
   * Adds a collaborator to a dataset: {@code POST /datasets/{owner}/{name}/collaborators/} with
   * {@code {"user": username, "role": role}}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param username the user to add
   * @param role the role
   * @return the collaborator
   * @throws ValidationException if an argument is missing or malformed (nothing is sent)
   * @throws CollaboratorException if the user cannot be added or already is a collaborator
   * @throws SegmentsException if the call fails
   */
  public Collaborator addDatasetCollaborator(String datasetIdentifier, String username, Role role) {
    return this.datasets.addDatasetCollaborator(datasetIdentifier, username, role);
  }

  /**
   * Changes a collaborator's role: {@code PATCH /datasets/{owner}/{name}/collaborators/{username}}
   * with {@code {"role": role}}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param username the collaborator's username
   * @param role the new role
   * @return the collaborator
   * @throws ValidationException if an argument is missing or malformed (nothing is sent)
   * @throws NotFoundException if the dataset or collaborator does not exist
   * @throws SegmentsException if the call fails
   */
  public Collaborator updateDatasetCollaborator(
      String datasetIdentifier, String username, Role role) {
    return this.datasets.updateDatasetCollaborator(datasetIdentifier, username, role);
  }

  /**
   * Removes a collaborator from a dataset: {@code DELETE
   * /datasets/{owner}/{name}/collaborators/{username}}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param username the collaborator's username
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws NotFoundException if the dataset or user does not exist
   * @throws SegmentsException if the call fails
   */
  public void deleteDatasetCollaborator(String datasetIdentifier, String username) {
    this.datasets.deleteDatasetCollaborator(datasetIdentifier, username);
  }

  // ----------------------------------------------------------------------------------- samples

  /**
   * The first page (up to 1000) of a dataset's samples, sorted by name: {@code GET
   * /datasets/{owner}/{name}/samples/?per_page=1000&page=1&sort=name}. See {@link
   * #streamSamples(String, SampleQuery)} for all of them.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return the samples
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws NotFoundException if the dataset does not exist
   * @throws SegmentsException if the call fails
   */
  public List<Sample> getSamples(String datasetIdentifier) {
    return this.samples.getSamples(datasetIdentifier, SampleQuery.defaults());
  }

  /**
   * One page of a dataset's samples, filtered and sorted: {@code GET
   * /datasets/{owner}/{name}/samples/?per_page=&page=[&labelset=[&include_full_label=1]]
   * [&name__contains=][&filters=][&label_status=]&sort=}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param query the filters, sorting and page
   * @return the samples; with a labelset each carries its label (summary or full)
   * @throws ValidationException if an argument is malformed, or {@code includeFullLabel} is set
   *     without a labelset (nothing is sent)
   * @throws NotFoundException if the dataset does not exist, or for a page past the end
   * @throws SegmentsException if the call fails
   */
  public List<Sample> getSamples(String datasetIdentifier, SampleQuery query) {
    return this.samples.getSamples(datasetIdentifier, query);
  }

  /**
   * Every sample of a dataset, sorted by name, fetched lazily page by page (1000 per page).
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return a sequential stream
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws SegmentsException while consuming, if a call fails
   */
  public Stream<Sample> streamSamples(String datasetIdentifier) {
    return this.samples.streamSamples(datasetIdentifier, SampleQuery.defaults());
  }

  /**
   * Every sample of a dataset that matches the query, fetched lazily page by page from the query's
   * page on, with its page size; only the pages consumed are requested.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param query the filters, sorting, page size and first page
   * @return a sequential stream
   * @throws ValidationException if an argument is malformed (nothing is sent)
   * @throws SegmentsException while consuming, if a call fails
   */
  public Stream<Sample> streamSamples(String datasetIdentifier, SampleQuery query) {
    return this.samples.streamSamples(datasetIdentifier, query);
  }

  /**
   * A sample: {@code GET /samples/{uuid}/}.
   *
   * @param uuid the sample UUID
   * @return the sample
   * @throws ValidationException if the UUID is blank (nothing is sent)
   * @throws NotFoundException if the sample does not exist
   * @throws SegmentsException if the call fails
   */
  public Sample getSample(String uuid) {
    return this.samples.getSample(uuid, null, false);
  }

  /**
   * A sample with its label of a labelset and/or signed asset URLs: {@code GET
   * /samples/{uuid}/?labelset=x&include_signed_urls=1} (each parameter only when asked, joined with
   * {@code &}).
   *
   * @param uuid the sample UUID
   * @param labelset include the full label of this labelset and the sample's issues ({@code null}:
   *     no label)
   * @param includeSignedUrl whether asset URLs of private buckets carry a signed URL
   * @return the sample
   * @throws ValidationException if an argument is blank (nothing is sent)
   * @throws NotFoundException if the sample does not exist
   * @throws SegmentsException if the call fails
   */
  public Sample getSample(String uuid, String labelset, boolean includeSignedUrl) {
    return this.samples.getSample(uuid, labelset, includeSignedUrl);
  }

  /**
   * Adds a sample with the SDK's defaults (priority 0, empty readme): {@code POST
   * /datasets/{owner}/{name}/samples/}, gzip-compressed unless compression is off.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the sample name
   * @param attributes the sample attributes: a {@link ai.segments.client.model.SampleAttributes} or
   *     a {@code Map}, validated before sending and sent as given
   * @return the new sample
   * @throws ValidationException if an argument is missing or the attributes are invalid
   * @throws AlreadyExistsException if a sample of that name exists
   * @throws SegmentsException if the call fails
   */
  public Sample addSample(String datasetIdentifier, String name, Object attributes) {
    return this.samples.addSample(datasetIdentifier, AddSampleRequest.of(name, attributes));
  }

  /**
   * Adds a sample: {@code POST /datasets/{owner}/{name}/samples/}, gzip-compressed unless
   * compression is off.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param request the sample
   * @return the new sample
   * @throws ValidationException if an argument is missing or the attributes are invalid
   * @throws AlreadyExistsException if a sample of that name exists
   * @throws SegmentsException if the call fails
   */
  public Sample addSample(String datasetIdentifier, AddSampleRequest request) {
    return this.samples.addSample(datasetIdentifier, request);
  }

  /**
   * Adds many samples in one request: {@code POST /datasets/{owner}/{name}/samples_bulk/} with a
   * JSON array, gzip-compressed unless compression is off. Samples that already exist come back
   * unchanged.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param samples each an {@link AddSampleRequest}, or a {@code Map} like the SDK's dicts with
   *     {@code name} and {@code attributes} (validated) and optional other keys (sent as given);
   *     the caller's objects are never changed
   * @return the samples, new and existing
   * @throws ValidationException if a sample lacks a name or valid attributes (nothing is sent)
   * @throws SegmentsException if the call fails
   */
  public List<Sample> addSamples(String datasetIdentifier, List<?> samples) {
    return this.samples.addSamples(datasetIdentifier, samples);
  }

  /**
   * An importer that adds any number of samples through {@link #addSamples(String, List)} in
   * chunks, with the default chunk size and concurrency; see {@link
   * SegmentsBulkImporter#builder(SegmentsClient)} to configure one.
   *
   * @return a new importer on this client
   */
  public SegmentsBulkImporter bulkImporter() {
    return SegmentsBulkImporter.builder(this).build();
  }

  /** The bulk add that {@link SegmentsBulkImporter} sends its chunks through. */
  BulkSampleSender bulkSender() {
    return this.samples;
  }

  /**
   * Changes a sample: {@code PATCH /samples/{uuid}/} with only the changed keys (an explicit {@code
   * null} unassigns a labeler or reviewer), gzip-compressed unless compression is off.
   *
   * @param uuid the sample UUID
   * @param request the changes
   * @return the updated sample
   * @throws ValidationException if an argument is missing or the attributes are invalid
   * @throws NotFoundException if the sample does not exist
   * @throws SegmentsException if the call fails
   */
  public Sample updateSample(String uuid, UpdateSampleRequest request) {
    return this.samples.updateSample(uuid, request);
  }

  /**
   * Deletes a sample: {@code DELETE /samples/{uuid}/}.
   *
   * @param uuid the sample UUID
   * @throws ValidationException if the UUID is blank (nothing is sent)
   * @throws NotFoundException if the sample does not exist
   * @throws SegmentsException if the call fails
   */
  public void deleteSample(String uuid) {
    this.samples.deleteSample(uuid);
  }

  /**
   * Deletes up to 1000 samples at once, all or nothing: {@code DELETE
   * /datasets/{owner}/{name}/samples_bulk/} with {@code {"uuids": [...]}}. Unknown UUIDs are
   * skipped.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param uuids 1 to 1000 sample UUIDs
   * @return how many samples were deleted
   * @throws ValidationException if there are no UUIDs, more than 1000, or a blank one
   * @throws NotFoundException if the dataset does not exist
   * @throws SegmentsException if the call fails
   */
  public DeleteSamplesResponse deleteSamples(String datasetIdentifier, List<String> uuids) {
    return this.samples.deleteSamples(datasetIdentifier, uuids);
  }

  // ------------------------------------------------------------------------------------ labels

  /**
   * The label of a sample in the {@code ground-truth} labelset: {@code GET
   * /labels/{sampleUuid}/ground-truth/}.
   *
   * @param sampleUuid the sample UUID
   * @return the label
   * @throws ValidationException if the UUID is blank (nothing is sent)
   * @throws NotFoundException if the sample has no label there
   * @throws SegmentsException if the call fails
   */
  public Label getLabel(String sampleUuid) {
    return this.labels.getLabel(sampleUuid, DEFAULT_LABELSET);
  }

  /**
   * The label of a sample in a labelset: {@code GET /labels/{sampleUuid}/{labelset}/}.
   *
   * @param sampleUuid the sample UUID
   * @param labelset the labelset name
   * @return the label
   * @throws ValidationException if an argument is blank (nothing is sent)
   * @throws NotFoundException if the sample has no label there
   * @throws SegmentsException if the call fails
   */
  public Label getLabel(String sampleUuid, String labelset) {
    return this.labels.getLabel(sampleUuid, labelset);
  }

  /**
   * The label of a sample, optionally in ego coordinates (the SDK's {@code get_label(...,
   * transform_to_ego_coordinates=True)}): then the sample is fetched too ({@code GET
   * /samples/{sampleUuid}/}) and the label's point-cloud annotations are transformed with its ego
   * poses by {@link EgoTransform#toEgoCoordinates}.
   *
   * @param sampleUuid the sample UUID
   * @param labelset the labelset name
   * @param transformToEgoCoordinates whether to transform the label to ego coordinates
   * @return the label
   * @throws ValidationException if an argument is blank (nothing is sent), or when transforming,
   *     the sample is not a point cloud (sequence) or multi-sensor sample
   * @throws NotFoundException if the sample has no label there
   * @throws SegmentsException if a call fails
   */
  public Label getLabel(String sampleUuid, String labelset, boolean transformToEgoCoordinates) {
    Label label = getLabel(sampleUuid, labelset);
    return transformToEgoCoordinates
        ? EgoTransform.toEgoCoordinates(getSample(sampleUuid), label)
        : label;
  }

  /**
   * Creates or replaces a label with status {@code PRELABELED}: {@code PUT
   * /labels/{sampleUuid}/{labelset}/}, gzip-compressed unless compression is off.
   *
   * @param sampleUuid the sample UUID
   * @param labelset the labelset name
   * @param attributes the label attributes: a {@link ai.segments.client.model.LabelAttributes} or a
   *     {@code Map}, validated before sending and sent as given
   * @return the label
   * @throws ValidationException if an argument is missing or the attributes are invalid
   * @throws SegmentsException if the call fails
   */
  public Label addLabel(String sampleUuid, String labelset, Object attributes) {
    return this.labels.addLabel(sampleUuid, labelset, AddLabelRequest.of(attributes));
  }

  /**
   * Creates or replaces a label: {@code PUT /labels/{sampleUuid}/{labelset}/}, gzip-compressed
   * unless compression is off.
   *
   * @param sampleUuid the sample UUID
   * @param labelset the labelset name
   * @param request the attributes, status and score
   * @return the label
   * @throws ValidationException if an argument is missing or the attributes are invalid
   * @throws SegmentsException if the call fails
   */
  public Label addLabel(String sampleUuid, String labelset, AddLabelRequest request) {
    return this.labels.addLabel(sampleUuid, labelset, request);
  }

  /**
   * Changes a label: {@code PATCH /labels/{sampleUuid}/{labelset}/} with only the changed keys,
   * gzip-compressed unless compression is off.
   *
   * @param sampleUuid the sample UUID
   * @param labelset the labelset name
   * @param request the changes
   * @return the label
   * @throws ValidationException if an argument is missing or the attributes are invalid
   * @throws NotFoundException if there is no such label
   * @throws SegmentsException if the call fails
   */
  public Label updateLabel(String sampleUuid, String labelset, UpdateLabelRequest request) {
    return this.labels.updateLabel(sampleUuid, labelset, request);
  }

  /**
   * Deletes the label of a sample in a labelset: {@code DELETE /labels/{sampleUuid}/{labelset}/}.
   *
   * @param sampleUuid the sample UUID
   * @param labelset the labelset name, e.g. {@code ground-truth}
   * @throws ValidationException if an argument is blank (nothing is sent)
   * @throws NotFoundException if there is no such label
   * @throws SegmentsException if the call fails
   */
  public void deleteLabel(String sampleUuid, String labelset) {
    this.labels.deleteLabel(sampleUuid, labelset);
  }

  // --------------------------------------------------------------------------------- labelsets

  /**
   * The labelsets of a dataset: {@code GET /datasets/{owner}/{name}/labelsets/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return the labelsets
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws NotFoundException if the dataset does not exist
   * @throws SegmentsException if the call fails
   */
  public List<Labelset> getLabelsets(String datasetIdentifier) {
    return this.labelsets.list(datasetIdentifier);
  }

  /**
   * A labelset: {@code GET /datasets/{owner}/{name}/labelsets/{labelset}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the labelset name
   * @return the labelset
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws NotFoundException if the dataset or labelset does not exist
   * @throws SegmentsException if the call fails
   */
  public Labelset getLabelset(String datasetIdentifier, String name) {
    return this.labelsets.get(datasetIdentifier, name);
  }

  /**
   * Creates a labelset without description: {@code POST /datasets/{owner}/{name}/labelsets/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the labelset name
   * @return the labelset
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws AlreadyExistsException if the labelset exists
   * @throws SegmentsException if the call fails
   */
  public Labelset addLabelset(String datasetIdentifier, String name) {
    return this.labelsets.add(datasetIdentifier, name, "");
  }

  /**
   * Creates a labelset: {@code POST /datasets/{owner}/{name}/labelsets/} with {@code {"name",
   * "description", "attributes": "{}"}} (the attributes are the string {@code "{}"}, as the SDK
   * sends them).
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the labelset name
   * @param description the description
   * @return the labelset
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws AlreadyExistsException if the labelset exists
   * @throws SegmentsException if the call fails
   */
  public Labelset addLabelset(String datasetIdentifier, String name, String description) {
    return this.labelsets.add(datasetIdentifier, name, description);
  }

  /**
   * Deletes a labelset: {@code DELETE /datasets/{owner}/{name}/labelsets/{labelset}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the labelset name
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws NotFoundException if the dataset or labelset does not exist
   * @throws SegmentsException if the call fails
   */
  public void deleteLabelset(String datasetIdentifier, String name) {
    this.labelsets.delete(datasetIdentifier, name);
  }

  // ------------------------------------------------------------------------------------ issues

  /**
   * The issues of a dataset: {@code GET /datasets/{owner}/{name}/issues/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return the issues
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws NotFoundException if the dataset does not exist
   * @throws SegmentsException if the call fails
   */
  public List<Issue> getIssues(String datasetIdentifier) {
    return this.issues.getIssues(datasetIdentifier);
  }

  /**
   * Opens an issue on a sample: {@code POST /samples/{sampleUuid}/issues/} with {@code
   * {"description", "status": "OPEN"}}.
   *
   * @param sampleUuid the sample UUID
   * @param description what the issue is about
   * @return the issue
   * @throws ValidationException if an argument is missing (nothing is sent)
   * @throws NotFoundException if the sample does not exist
   * @throws SegmentsException if the call fails
   */
  public Issue addIssue(String sampleUuid, String description) {
    return this.issues.addIssue(sampleUuid, AddIssueRequest.of(description));
  }

  /**
   * Creates an issue on a sample: {@code POST /samples/{sampleUuid}/issues/}.
   *
   * @param sampleUuid the sample UUID
   * @param request the description, status and anchor
   * @return the issue
   * @throws ValidationException if an argument is missing or the anchor is invalid
   * @throws NotFoundException if the sample does not exist
   * @throws SegmentsException if the call fails
   */
  public Issue addIssue(String sampleUuid, AddIssueRequest request) {
    return this.issues.addIssue(sampleUuid, request);
  }

  /**
   * Changes an issue: {@code PATCH /issues/{uuid}/} with only the changed keys.
   *
   * @param uuid the issue UUID
   * @param request the changes
   * @return the issue
   * @throws ValidationException if an argument is missing or the anchor is invalid
   * @throws NotFoundException if the issue does not exist
   * @throws SegmentsException if the call fails
   */
  public Issue updateIssue(String uuid, UpdateIssueRequest request) {
    return this.issues.updateIssue(uuid, request);
  }

  /**
   * Deletes an issue: {@code DELETE /issues/{uuid}/}.
   *
   * @param uuid the issue UUID
   * @throws ValidationException if the UUID is blank (nothing is sent)
   * @throws NotFoundException if the issue does not exist
   * @throws SegmentsException if the call fails
   */
  public void deleteIssue(String uuid) {
    this.issues.deleteIssue(uuid);
  }

  // ---------------------------------------------------------------------------------- releases

  /**
   * The releases of a dataset: {@code GET /datasets/{owner}/{name}/releases/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return the releases
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws NotFoundException if the dataset does not exist
   * @throws SegmentsException if the call fails
   */
  public List<Release> getReleases(String datasetIdentifier) {
    return this.releases.list(datasetIdentifier);
  }

  /**
   * A release: {@code GET /datasets/{owner}/{name}/releases/{release}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the release name
   * @return the release; poll until its status is {@code SUCCEEDED} or {@code FAILED}
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws NotFoundException if the dataset or release does not exist
   * @throws SegmentsException if the call fails
   */
  public Release getRelease(String datasetIdentifier, String name) {
    return this.releases.get(datasetIdentifier, name);
  }

  /**
   * Starts a release without description: {@code POST /datasets/{owner}/{name}/releases/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the release name
   * @return the release, usually {@code PENDING}
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws SegmentsException if the call fails
   */
  public Release addRelease(String datasetIdentifier, String name) {
    return this.releases.add(datasetIdentifier, name, "");
  }

  /**
   * Starts a release: {@code POST /datasets/{owner}/{name}/releases/} with {@code {"name",
   * "description"}}. Releases are built asynchronously; poll {@link #getRelease}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the release name
   * @param description the description
   * @return the release, usually {@code PENDING}
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws SegmentsException if the call fails
   */
  public Release addRelease(String datasetIdentifier, String name, String description) {
    return this.releases.add(datasetIdentifier, name, description);
  }

  /**
   * Deletes a release: {@code DELETE /datasets/{owner}/{name}/releases/{release}/}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param name the release name
   * @throws ValidationException if an argument is blank or malformed (nothing is sent)
   * @throws NotFoundException if the dataset or release does not exist
   * @throws SegmentsException if the call fails
   */
  public void deleteRelease(String datasetIdentifier, String name) {
    this.releases.delete(datasetIdentifier, name);
  }

  // --------------------------------------------------------------------------------- workunits

  /**
   * The first page (up to 1000) of a dataset's work units, newest first: {@code GET
   * /datasets/{owner}/{name}/workunits/?per_page=1000&page=1&sort=-created_at}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return the work units
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws SegmentsException if the call fails
   */
  public List<Workunit> getWorkunits(String datasetIdentifier) {
    return this.workunits.list(datasetIdentifier, WorkunitQuery.defaults());
  }

  /**
   * One page of a dataset's work units: {@code GET
   * /datasets/{owner}/{name}/workunits/?per_page=&page=&sort=[&start=][&end=]
   * [&include_session_time_metrics=true]}.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param query the sorting, time range and page
   * @return the work units
   * @throws ValidationException if an argument is malformed (nothing is sent)
   * @throws NotFoundException for a page past the end
   * @throws SegmentsException if the call fails
   */
  public List<Workunit> getWorkunits(String datasetIdentifier, WorkunitQuery query) {
    return this.workunits.list(datasetIdentifier, query);
  }

  /**
   * Every work unit of a dataset, newest first, fetched lazily page by page (1000 per page).
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @return a sequential stream
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws SegmentsException while consuming, if a call fails
   */
  public Stream<Workunit> streamWorkunits(String datasetIdentifier) {
    return this.workunits.stream(datasetIdentifier, WorkunitQuery.defaults());
  }

  /**
   * Every work unit of a dataset that matches the query, fetched lazily page by page from the
   * query's page on, with its page size.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param query the sorting, time range, page size and first page
   * @return a sequential stream
   * @throws ValidationException if an argument is malformed (nothing is sent)
   * @throws SegmentsException while consuming, if a call fails
   */
  public Stream<Workunit> streamWorkunits(String datasetIdentifier, WorkunitQuery query) {
    return this.workunits.stream(datasetIdentifier, query);
  }

  // ------------------------------------------------------------------------------------ assets

  /**
   * Uploads a file as an asset, named after the file. Two requests: {@code POST /assets/} with
   * {@code {"filename"}}, then a multipart {@code POST} of every presigned field (in the server's
   * order) and the file part {@code file} to the presigned URL, without the API's headers. The file
   * is streamed from disk, never read into memory.
   *
   * @param file the file
   * @return the asset; its {@code url} is what sample and label attributes refer to
   * @throws ValidationException if the file is not a readable regular file (nothing is sent)
   * @throws SegmentsException if a call fails
   */
  public Asset uploadAsset(Path file) {
    return this.assets.uploadAsset(file);
  }

  /**
   * Uploads a stream as an asset, like {@link #uploadAsset(Path)}. The stream is read once into a
   * temporary file (the presigned upload needs a known length; the file is deleted afterwards) and
   * closed.
   *
   * @param stream the content
   * @param filename the asset's filename, e.g. {@code label.png}
   * @return the asset
   * @throws ValidationException if an argument is missing (nothing is sent)
   * @throws SegmentsException if a call fails
   */
  public Asset uploadAsset(InputStream stream, String filename) {
    return this.assets.uploadAsset(stream, filename);
  }

  /**
   * Uploads bytes as an asset, like {@link #uploadAsset(Path)}.
   *
   * @param content the content
   * @param filename the asset's filename, e.g. {@code label.png}
   * @return the asset
   * @throws ValidationException if an argument is missing (nothing is sent)
   * @throws SegmentsException if a call fails
   */
  public Asset uploadAsset(byte[] content, String filename) {
    return this.assets.uploadAsset(content, filename);
  }

  /**
   * Downloads a file the API points to (a release file, a label bitmap: a presigned or public URL)
   * into {@code target}, streamed, never held in memory. The request carries no API key and runs on
   * this client's transport and timeouts as one logical call {@code downloadFile}, so interceptors
   * (the retry policy, observations) apply; every retry rewrites the file from the start.
   *
   * <p>The URL must pass the {@link #downloadPolicy() download policy} (no internal addresses
   * unless allowed). Each attempt fails when no byte arrived for the {@link
   * Builder#downloadReadTimeout(Duration) download read timeout}, or when it outlasts the {@link
   * Builder#downloadDeadline(Duration) download deadline}. A download from another host than the
   * API's never counts against the API's circuit breaker, rate limiter or retry budget; a host that
   * keeps failing is skipped for a while instead ({@link
   * ai.segments.client.exception.DownloadHostSkippedException}).
   *
   * @param url the absolute http(s) URL
   * @param target the file to write (replaced)
   * @param maxSize the largest file to accept
   * @throws ValidationException if an argument is missing, the URL is not absolute http(s) or the
   *     policy refuses it (nothing is sent), or the file is larger than {@code maxSize}
   * @throws ai.segments.client.exception.DownloadHostSkippedException while the URL's host is
   *     skipped after failing
   * @throws ai.segments.client.exception.SegmentsTimeoutException past the read timeout or deadline
   * @throws SegmentsException if the download fails
   */
  public void downloadFile(URI url, Path target, DataSize maxSize) {
    this.assets.downloadFile(url, target, maxSize);
  }

  /**
   * Checks a URL against this client's {@link DownloadPolicy} without downloading it, e.g. before
   * accepting an image URL from a user: http(s) only, and no loopback, link-local, private,
   * multicast or wildcard address unless the host is the API's own origin or allowed explicitly
   * ({@link Builder#allowDownloadHost(String)}). The host is resolved; nothing is sent to it.
   *
   * @param url the URL
   * @throws ValidationException if a download from the URL would be refused
   */
  public void checkDownloadUrl(URI url) {
    downloadPolicy().check(url);
  }

  /**
   * The policy that decides which URLs this client downloads from.
   *
   * @return the download policy
   */
  public DownloadPolicy downloadPolicy() {
    return this.executor.downloadPolicy();
  }

  /**
   * The API base URL this client sends requests to.
   *
   * @return the base URL, ending in {@code /}
   */
  public URI baseUrl() {
    return this.settings.baseUrl();
  }

  /**
   * Closes this client, like the SDK's {@code close()}: calls made afterwards fail at once with an
   * {@link IllegalStateException}. A client closes the connection pool it created itself; a pool
   * given through {@link Builder#transport(SegmentsHttpTransport)} stays open for its owner to
   * close (the Spring Boot auto-configuration closes its own with the application context). Clients
   * derived with {@link #withApiKey(String)} or {@link #withReadTimeout(Duration)} share this
   * client's pool and stop working when this client is closed; closing a derived client closes only
   * that client. Closing twice does nothing.
   */
  @Override
  public void close() {
    this.executor.lifecycle().close();
  }

  /**
   * Whether {@link #close()} was called on this client or on the client it derives from.
   *
   * @return {@code true} once closed
   */
  public boolean isClosed() {
    return this.executor.lifecycle().isClosed();
  }

  @Override
  public String toString() {
    return "SegmentsClient[baseUrl=" + this.settings.baseUrl() + "]";
  }

  /** What a client was built from; kept to derive clients that share the transport. */
  private record Settings(
      RestClient.Builder restClientBuilder,
      SegmentsHttpTransport transport,
      URI baseUrl,
      Duration readTimeout,
      boolean compression,
      boolean normalizeAttributes) {

    RestClient restClient() {
      DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(this.baseUrl.toString());
      uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
      return this.restClientBuilder
          .clone()
          .uriBuilderFactory(uris)
          .requestFactory(this.transport.requestFactory(this.readTimeout))
          .build();
    }

    Settings withReadTimeout(Duration timeout) {
      return new Settings(
          this.restClientBuilder,
          this.transport,
          this.baseUrl,
          Builder.positive(timeout),
          this.compression,
          this.normalizeAttributes);
    }
  }

  /** Builds a {@link SegmentsClient}; only an API key (or key supplier) is required. */
  public static final class Builder {

    /** The default API base URL. */
    public static final String DEFAULT_API_URL = "https://api.segments.ai/";

    /** The connect timeout of the default transport, by default: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The read timeout, by default: 60 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    /** Whether responses that do not match the model fail, by default. */
    public static final boolean DEFAULT_STRICT_VALIDATION = true;

    /** Whether request bodies are gzipped where the SDK does, by default. */
    public static final boolean DEFAULT_COMPRESSION = true;

    /** Whether attribute maps are re-serialized through the models, by default. */
    public static final boolean DEFAULT_NORMALIZE_ATTRIBUTES = false;

    /** The largest response body read, by default: 64 MiB. */
    public static final DataSize DEFAULT_MAX_RESPONSE_SIZE =
        DataSize.ofBytes(JsonCodec.DEFAULT_MAX_RESPONSE_BYTES);

    /** The deepest JSON nesting read, by default. */
    public static final int DEFAULT_MAX_JSON_NESTING_DEPTH = SegmentsJson.DEFAULT_MAX_NESTING_DEPTH;

    /** How many failed downloads in a row mark a host other than the API's down, by default. */
    public static final int DEFAULT_DOWNLOAD_HOST_FAILURE_BUDGET = 3;

    /** How many downloads run at once against one host other than the API's, by default. */
    public static final int DEFAULT_DOWNLOAD_CONCURRENCY_PER_HOST = 16;

    /** How long a download host that is down is skipped, by default. */
    public static final Duration DEFAULT_DOWNLOAD_HOST_COOL_DOWN = Duration.ofSeconds(30);

    private RestClient.Builder restClientBuilder = RestClient.builder();
    private SegmentsHttpTransport transport;
    private Supplier<String> apiKey;
    private String apiUrl = DEFAULT_API_URL;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private boolean strictValidation = DEFAULT_STRICT_VALIDATION;
    private boolean compression = DEFAULT_COMPRESSION;
    private boolean normalizeAttributes = DEFAULT_NORMALIZE_ATTRIBUTES;
    private ObjectMapper objectMapper;
    private Clock clock = Clock.systemUTC();
    private DataSize maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
    private int maxJsonNestingDepth = DEFAULT_MAX_JSON_NESTING_DEPTH;
    private final List<SegmentsCallInterceptor> interceptors = new ArrayList<>();
    private Duration downloadReadTimeout;
    private Duration downloadDeadline;
    private final List<String> allowedDownloadHosts = new ArrayList<>();
    private int downloadHostFailureBudget = DEFAULT_DOWNLOAD_HOST_FAILURE_BUDGET;
    private Duration downloadHostCoolDown = DEFAULT_DOWNLOAD_HOST_COOL_DOWN;
    private int downloadConcurrencyPerHost = DEFAULT_DOWNLOAD_CONCURRENCY_PER_HOST;

    private Builder() {}

    /**
     * Builds on a {@link RestClient.Builder} (copied, never changed), e.g. Spring Boot's, so that
     * its customizations apply. Its request factory is replaced by the {@link #transport
     * transport}'s.
     *
     * @param restClientBuilder the builder to copy
     * @return this builder
     */
    public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
      this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder");
      return this;
    }

    /**
     * Builds on an existing {@link RestClient} (copied through {@link RestClient#mutate()}).
     *
     * @param restClient the client to copy
     * @return this builder
     */
    public Builder restClient(RestClient restClient) {
      return restClientBuilder(Objects.requireNonNull(restClient, "restClient").mutate());
    }

    /**
     * The pooled HTTP client to use; by default {@link SegmentsHttpTransport#detect(Duration)}.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(SegmentsHttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * The API key.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      return apiKey(() -> apiKey);
    }

    /**
     * Where the API key comes from; read on every request, so keys can rotate.
     *
     * @param apiKey supplies the key
     * @return this builder
     */
    public Builder apiKey(Supplier<String> apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * The API base URL; defaults to {@value #DEFAULT_API_URL}. A path prefix is kept.
     *
     * @param apiUrl an absolute {@code http} or {@code https} URL
     * @return this builder
     */
    public Builder apiUrl(String apiUrl) {
      this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
      return this;
    }

    /**
     * The connect timeout of the default transport; defaults to 10 seconds.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout);
      return this;
    }

    /**
     * The read timeout; defaults to 60 seconds.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout);
      return this;
    }

    /**
     * Whether responses that do not match the model fail (the default) or are read leniently, like
     * the SDK's non-strict mode: unknown enum values and shape mismatches then do not fail.
     *
     * @param strictValidation {@code true} to fail on mismatches
     * @return this builder
     */
    public Builder strictValidation(boolean strictValidation) {
      this.strictValidation = strictValidation;
      return this;
    }

    /**
     * Whether to gzip request bodies where the SDK does (add and update of samples and labels); on
     * by default.
     *
     * @param compression {@code true} to compress
     * @return this builder
     */
    public Builder compression(boolean compression) {
      this.compression = compression;
      return this;
    }

    /**
     * Whether to send sample and label attribute maps the way the SDK does: re-serialized through
     * the models, so keys the models do not know are dropped and values take the models' types. Off
     * by default: attributes are validated against the models and sent as given, keeping every key.
     *
     * @param normalizeAttributes {@code true} to normalize
     * @return this builder
     */
    public Builder normalizeAttributes(boolean normalizeAttributes) {
      this.normalizeAttributes = normalizeAttributes;
      return this;
    }

    /**
     * The object mapper to use instead of the client's own; it must be configured like {@code
     * SegmentsJson.objectMapper(boolean)}.
     *
     * @param objectMapper the mapper
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    /**
     * Adds an interceptor around every logical call; the first added is the outermost. A client has
     * none by default, so no retries: add e.g. {@code segments-spring}'s retry interceptor here.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder interceptor(SegmentsCallInterceptor interceptor) {
      this.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * The clock {@code Retry-After} dates are measured against; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The largest response body the client reads; a larger one fails with a {@link
     * ValidationException} instead of exhausting memory. Defaults to 64 MiB.
     *
     * @param maxResponseSize between 1 byte and 2 GiB (exclusive)
     * @return this builder
     */
    public Builder maxResponseSize(DataSize maxResponseSize) {
      Objects.requireNonNull(maxResponseSize, "maxResponseSize");
      if (maxResponseSize.toBytes() < 1 || maxResponseSize.toBytes() >= Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "maxResponseSize must be between 1 byte and 2GB, got " + maxResponseSize);
      }
      this.maxResponseSize = maxResponseSize;
      return this;
    }

    /**
     * The deepest nesting of JSON objects and arrays the client reads; a deeper response fails with
     * a {@link ValidationException} instead of exhausting the stack. Defaults to {@value
     * #DEFAULT_MAX_JSON_NESTING_DEPTH}. Applies to a custom {@link #objectMapper} too (on a copy).
     *
     * @param maxJsonNestingDepth at least 1
     * @return this builder
     */
    public Builder maxJsonNestingDepth(int maxJsonNestingDepth) {
      if (maxJsonNestingDepth < 1) {
        throw new IllegalArgumentException(
            "maxJsonNestingDepth must be at least 1, got " + maxJsonNestingDepth);
      }
      this.maxJsonNestingDepth = maxJsonNestingDepth;
      return this;
    }

    /**
     * The longest wait for the bytes of a download ({@link SegmentsClient#downloadFile}, bitmaps
     * and images of exports), the response included: a download fails when no byte arrived for that
     * long, but runs on as long as bytes keep coming. By default the {@link #readTimeout(Duration)
     * read timeout}.
     *
     * @param downloadReadTimeout the timeout, positive
     * @return this builder
     */
    public Builder downloadReadTimeout(Duration downloadReadTimeout) {
      this.downloadReadTimeout = positive(downloadReadTimeout);
      return this;
    }

    /**
     * The longest one download attempt may take in all; by default none. A download past it fails
     * with a {@link ai.segments.client.exception.SegmentsTimeoutException} that is not retried.
     *
     * @param downloadDeadline the deadline, positive, or {@code null} for none
     * @return this builder
     */
    public Builder downloadDeadline(Duration downloadDeadline) {
      this.downloadDeadline = (downloadDeadline == null) ? null : positive(downloadDeadline);
      return this;
    }

    /**
     * Allows downloads from a host although it resolves to a loopback, link-local, private,
     * multicast or wildcard address (see {@link DownloadPolicy}); the API's own origin is always
     * allowed.
     *
     * @param host {@code host} (any port) or {@code host:port}, an IPv6 literal in brackets
     * @return this builder
     * @throws IllegalArgumentException if the host is malformed
     */
    public Builder allowDownloadHost(String host) {
      DownloadPolicy.of(URI.create(DEFAULT_API_URL), List.of(host));
      this.allowedDownloadHosts.add(host);
      return this;
    }

    /**
     * How many failed downloads in a row (HTTP 5xx, broken bodies, read timeouts) mark a host other
     * than the API's down; a connection that cannot be made marks it down at once. Default {@value
     * #DEFAULT_DOWNLOAD_HOST_FAILURE_BUDGET}.
     *
     * @param failures at least 1
     * @return this builder
     */
    public Builder downloadHostFailureBudget(int failures) {
      if (failures < 1) {
        throw new IllegalArgumentException("downloadHostFailureBudget must be at least 1");
      }
      this.downloadHostFailureBudget = failures;
      return this;
    }

    /**
     * How long a download host that is down is skipped: its downloads fail at once with a {@link
     * ai.segments.client.exception.DownloadHostSkippedException}. Default 30 seconds.
     *
     * @param coolDown the cool-down, positive
     * @return this builder
     */
    public Builder downloadHostCoolDown(Duration coolDown) {
      this.downloadHostCoolDown = positive(coolDown);
      return this;
    }

    /**
     * How many downloads of this client run at once against one host other than the API's (image
     * hosts are often third parties); more wait for a slot, whichever threads they run on (e.g. an
     * export's). Each attempt of a download holds a slot, the waits between retries do not. Default
     * {@value #DEFAULT_DOWNLOAD_CONCURRENCY_PER_HOST}. Downloads from the API's own origin are not
     * bounded by it.
     *
     * @param downloads at least 1
     * @return this builder
     */
    public Builder downloadConcurrencyPerHost(int downloads) {
      if (downloads < 1) {
        throw new IllegalArgumentException("downloadConcurrencyPerHost must be at least 1");
      }
      this.downloadConcurrencyPerHost = downloads;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no API key was given
     * @throws IllegalArgumentException if the API URL is not an absolute http(s) URL
     */
    public SegmentsClient build() {
      if (this.apiKey == null) {
        throw new IllegalStateException("An API key is required: call apiKey(...)");
      }
      SegmentsHttpTransport chosen =
          (this.transport != null)
              ? this.transport
              : SegmentsHttpTransport.detect(this.connectTimeout);
      URI baseUrl = ApiUrls.parse(this.apiUrl);
      ApiUrls.warnIfPlainHttp(baseUrl);
      Settings settings =
          new Settings(
              this.restClientBuilder.clone(),
              chosen,
              baseUrl,
              this.readTimeout,
              this.compression,
              this.normalizeAttributes);
      ObjectMapper mapper =
          SegmentsJson.withMaxNestingDepth(
              (this.objectMapper != null)
                  ? this.objectMapper
                  : SegmentsJson.objectMapper(this.strictValidation),
              this.maxJsonNestingDepth);
      JsonCodec codec = new JsonCodec(mapper, (int) this.maxResponseSize.toBytes());
      ApiExecutor executor =
          new ApiExecutor(
              settings.restClient(),
              settings.baseUrl(),
              codec,
              this.apiKey,
              this.interceptors,
              this.clock,
              ClientLifecycle.of((this.transport == null) ? chosen : null),
              downloads(chosen, baseUrl));
      return new SegmentsClient(settings, executor, codec);
    }

    private Downloads downloads(SegmentsHttpTransport chosen, URI baseUrl) {
      Duration readWait =
          (this.downloadReadTimeout != null) ? this.downloadReadTimeout : this.readTimeout;
      Duration firstWait =
          (this.downloadDeadline != null && this.downloadDeadline.compareTo(readWait) < 0)
              ? this.downloadDeadline
              : readWait;
      RestClient.Builder downloadClient = this.restClientBuilder.clone();
      Supplier<RestClient> restClient =
          SingletonSupplier.of(
              () ->
                  downloadClient.requestFactory(chosen.downloadRequestFactory(firstWait)).build());
      return new Downloads(
          restClient,
          chosen,
          readWait,
          this.downloadDeadline,
          DownloadPolicy.of(baseUrl, this.allowedDownloadHosts),
          new DownloadHosts(this.downloadHostFailureBudget, this.downloadHostCoolDown, this.clock),
          new DownloadHostSlots(this.downloadConcurrencyPerHost));
    }

    static Duration positive(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("Timeouts must be positive, got " + duration);
      }
      return duration;
    }
  }
}
