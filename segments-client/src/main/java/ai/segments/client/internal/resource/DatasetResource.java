package ai.segments.client.internal.resource;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.CollaboratorException;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.CreateRecovery;
import ai.segments.client.internal.DatasetIdentifier;
import ai.segments.client.model.Collaborator;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Role;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.CloneDatasetRequest;
import ai.segments.client.request.UpdateDatasetRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Datasets, their clones and their collaborators. */
public final class DatasetResource {

  private final ApiCalls calls;
  private final AccountResource account;
  private final PagedList<Dataset, Paging.Page> list;

  /** Creates the resource on the client's shared calls. */
  public DatasetResource(ApiCalls calls, AccountResource account) {
    this.calls = calls;
    this.account = account;
    this.list = PagedList.datasets(calls);
  }

  /** Backs {@code SegmentsClient.getDatasets}: the first page, of the default size. */
  public List<Dataset> getDatasets(String user) {
    return this.list.list(user, Paging.Page.first());
  }

  /** Backs {@code SegmentsClient.getDatasets}. */
  public List<Dataset> getDatasets(String user, int perPage, int page) {
    return this.list.list(user, new Paging.Page(perPage, page));
  }

  /** Backs {@code SegmentsClient.streamDatasets}. */
  public Stream<Dataset> streamDatasets(String user) {
    return this.list.stream(user, Paging.Page.first());
  }

  /** Backs {@code SegmentsClient.getDataset}. */
  public Dataset getDataset(String datasetIdentifier) {
    return this.calls.fetch(
        ApiRequest.to(SegmentsOperation.GET_DATASET).dataset(datasetIdentifier), Dataset.class);
  }

  /** Backs {@code SegmentsClient.addDataset}. */
  public Dataset addDataset(AddDatasetRequest request) {
    String operation = SegmentsOperation.ADD_DATASET.operationName();
    Arguments.requireNonNull(request, "request", operation);
    ApiRequest api =
        (request.organization() == null)
            ? ApiRequest.to(SegmentsOperation.ADD_DATASET)
            : ApiRequest.to(SegmentsOperation.ADD_ORGANIZATION_DATASET)
                .segment("organization", request.organization());
    return this.calls.create(
        api.body(request.toJson(this.calls.mapper(), operation), false),
        Dataset.class,
        CreateRecovery.byName(() -> findDataset(request.organization(), request.name())));
  }

  /** Backs {@code SegmentsClient.updateDataset}. */
  public Dataset updateDataset(String datasetIdentifier, UpdateDatasetRequest request) {
    return this.calls.fetch(
        this.calls
            .withBody(
                SegmentsOperation.UPDATE_DATASET, request, UpdateDatasetRequest::toJson, false)
            .dataset(datasetIdentifier),
        Dataset.class);
  }

  /** Backs {@code SegmentsClient.deleteDataset}. */
  public void deleteDataset(String datasetIdentifier) {
    this.calls.delete(ApiRequest.to(SegmentsOperation.DELETE_DATASET).dataset(datasetIdentifier));
  }

  /** Backs {@code SegmentsClient.cloneDataset}. */
  public Dataset cloneDataset(String datasetIdentifier, CloneDatasetRequest request) {
    String operation = SegmentsOperation.CLONE_DATASET.operationName();
    String sourceName = DatasetIdentifier.parse(datasetIdentifier, operation).name();
    Arguments.requireNonNull(request, "request", operation);
    ObjectNode body = request.toJson(this.calls.mapper(), sourceName, operation);
    return this.calls.create(
        ApiRequest.to(SegmentsOperation.CLONE_DATASET).dataset(datasetIdentifier).body(body, false),
        Dataset.class,
        CreateRecovery.byName(
            () -> findDataset(request.organization(), body.path("name").asText())));
  }

  /** Backs {@code SegmentsClient.getDatasetCollaborator}. */
  public Collaborator getDatasetCollaborator(String datasetIdentifier, String username) {
    return this.calls.fetch(
        collaborator(SegmentsOperation.GET_DATASET_COLLABORATOR, datasetIdentifier, username),
        Collaborator.class);
  }

  /** Backs {@code SegmentsClient.addDatasetCollaborator}. */
  public Collaborator addDatasetCollaborator(String datasetIdentifier, String username, Role role) {
    String operation = SegmentsOperation.ADD_DATASET_COLLABORATOR.operationName();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user", Arguments.requireText(username, "username", operation));
    body.put("role", Arguments.requireNonNull(role, "role", operation));
    return this.calls.create(
        ApiRequest.to(SegmentsOperation.ADD_DATASET_COLLABORATOR)
            .dataset(datasetIdentifier)
            .body(body, false),
        Collaborator.class,
        CreateRecovery.byName(
            () ->
                CreateRecovery.unlessNotFound(
                    () -> getDatasetCollaborator(datasetIdentifier, username)),
            ex -> ex instanceof CollaboratorException && ex.getMessage().contains("already")));
  }

  /** Backs {@code SegmentsClient.updateDatasetCollaborator}. */
  public Collaborator updateDatasetCollaborator(
      String datasetIdentifier, String username, Role role) {
    String operation = SegmentsOperation.UPDATE_DATASET_COLLABORATOR.operationName();
    Map<String, Object> body = Map.of("role", Arguments.requireNonNull(role, "role", operation));
    return this.calls.fetch(
        collaborator(SegmentsOperation.UPDATE_DATASET_COLLABORATOR, datasetIdentifier, username)
            .body(body, false),
        Collaborator.class);
  }

  /** Backs {@code SegmentsClient.deleteDatasetCollaborator}. */
  public void deleteDatasetCollaborator(String datasetIdentifier, String username) {
    this.calls.delete(
        collaborator(SegmentsOperation.DELETE_DATASET_COLLABORATOR, datasetIdentifier, username));
  }

  private static ApiRequest collaborator(
      SegmentsOperation operation, String datasetIdentifier, String username) {
    return ApiRequest.to(operation).dataset(datasetIdentifier).segment("username", username);
  }

  /** The dataset of an organization, or of the authenticated user, by name. */
  private Optional<Dataset> findDataset(String organization, String name) {
    String owner = (organization != null) ? organization : this.account.getUser().username();
    return CreateRecovery.unlessNotFound(() -> getDataset(owner + "/" + name));
  }
}
