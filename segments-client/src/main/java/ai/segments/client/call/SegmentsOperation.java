package ai.segments.client.call;

import org.springframework.http.HttpMethod;

/**
 * Every call {@link ai.segments.client.SegmentsClient} makes, with its HTTP method and URI
 * template.
 *
 * <p>The last constants are {@link #isLocal() local} operations: work without a request of its own
 * (export, release file reading, bitmaps, ego coordinates), listed so that every operation name the
 * client reports comes from this enum.
 *
 * <p>The {@link #operationName() operation name} is the Python SDK method in camelCase and is used
 * as the {@code operation} tag of metrics; the {@link #uriTemplate() URI template} is the {@code
 * uri} tag. {@link #isRepeatable()} tells whether repeating the request after a failure that may
 * have reached the server is safe (it is for reads, updates, deletes and the bulk sample add, which
 * returns existing samples unchanged; it is not for creates).
 */
public enum SegmentsOperation {
  /** {@code GET /api_status/}: the version and credentials handshake. */
  API_STATUS("apiStatus", HttpMethod.GET, "/api_status/"),
  /** {@code GET /user}: the authenticated user. */
  GET_USER("getUser", HttpMethod.GET, "/user"),
  /** {@code GET /users/{user}}: another user or an organization. */
  GET_OTHER_USER("getUser", HttpMethod.GET, "/users/{user}"),
  /** {@code GET /user/datasets/}: the authenticated user's datasets. */
  GET_DATASETS("getDatasets", HttpMethod.GET, "/user/datasets/"),
  /** {@code GET /users/{user}/datasets/}: another user's datasets. */
  GET_USER_DATASETS("getDatasets", HttpMethod.GET, "/users/{user}/datasets/"),
  /** {@code GET /datasets/{owner}/{dataset}/}. */
  GET_DATASET("getDataset", HttpMethod.GET, "/datasets/{owner}/{dataset}/"),
  /** {@code POST /user/datasets/}: create a dataset owned by the user. */
  ADD_DATASET("addDataset", HttpMethod.POST, "/user/datasets/"),
  /** {@code POST /organizations/{organization}/datasets/}: create a dataset in an organization. */
  ADD_ORGANIZATION_DATASET(
      "addDataset", HttpMethod.POST, "/organizations/{organization}/datasets/"),
  /** {@code PATCH /datasets/{owner}/{dataset}/}. */
  UPDATE_DATASET("updateDataset", HttpMethod.PATCH, "/datasets/{owner}/{dataset}/"),
  /** {@code DELETE /datasets/{owner}/{dataset}/}. */
  DELETE_DATASET("deleteDataset", HttpMethod.DELETE, "/datasets/{owner}/{dataset}/"),
  /** {@code POST /datasets/{owner}/{dataset}/clone/}. */
  CLONE_DATASET("cloneDataset", HttpMethod.POST, "/datasets/{owner}/{dataset}/clone/"),
  /** {@code GET /datasets/{owner}/{dataset}/collaborators/{username}}. */
  GET_DATASET_COLLABORATOR(
      "getDatasetCollaborator",
      HttpMethod.GET,
      "/datasets/{owner}/{dataset}/collaborators/{username}"),
  /** {@code POST /datasets/{owner}/{dataset}/collaborators/}. */
  ADD_DATASET_COLLABORATOR(
      "addDatasetCollaborator", HttpMethod.POST, "/datasets/{owner}/{dataset}/collaborators/"),
  /** {@code PATCH /datasets/{owner}/{dataset}/collaborators/{username}}. */
  UPDATE_DATASET_COLLABORATOR(
      "updateDatasetCollaborator",
      HttpMethod.PATCH,
      "/datasets/{owner}/{dataset}/collaborators/{username}"),
  /** {@code DELETE /datasets/{owner}/{dataset}/collaborators/{username}}. */
  DELETE_DATASET_COLLABORATOR(
      "deleteDatasetCollaborator",
      HttpMethod.DELETE,
      "/datasets/{owner}/{dataset}/collaborators/{username}"),
  /** {@code GET /datasets/{owner}/{dataset}/samples/}. */
  GET_SAMPLES("getSamples", HttpMethod.GET, "/datasets/{owner}/{dataset}/samples/"),
  /** {@code GET /samples/{uuid}/}. */
  GET_SAMPLE("getSample", HttpMethod.GET, "/samples/{uuid}/"),
  /** {@code POST /datasets/{owner}/{dataset}/samples/}. */
  ADD_SAMPLE("addSample", HttpMethod.POST, "/datasets/{owner}/{dataset}/samples/"),
  /** {@code POST /datasets/{owner}/{dataset}/samples_bulk/}: returns existing samples unchanged. */
  ADD_SAMPLES("addSamples", HttpMethod.POST, "/datasets/{owner}/{dataset}/samples_bulk/", true),
  /** {@code PATCH /samples/{uuid}/}. */
  UPDATE_SAMPLE("updateSample", HttpMethod.PATCH, "/samples/{uuid}/"),
  /** {@code DELETE /samples/{uuid}/}. */
  DELETE_SAMPLE("deleteSample", HttpMethod.DELETE, "/samples/{uuid}/"),
  /** {@code DELETE /datasets/{owner}/{dataset}/samples_bulk/} with a JSON body of UUIDs. */
  DELETE_SAMPLES("deleteSamples", HttpMethod.DELETE, "/datasets/{owner}/{dataset}/samples_bulk/"),
  /** {@code GET /labels/{sampleUuid}/{labelset}/}. */
  GET_LABEL("getLabel", HttpMethod.GET, "/labels/{sampleUuid}/{labelset}/"),
  /** {@code PUT /labels/{sampleUuid}/{labelset}/}: create or replace a label. */
  ADD_LABEL("addLabel", HttpMethod.PUT, "/labels/{sampleUuid}/{labelset}/"),
  /** {@code PATCH /labels/{sampleUuid}/{labelset}/}. */
  UPDATE_LABEL("updateLabel", HttpMethod.PATCH, "/labels/{sampleUuid}/{labelset}/"),
  /** {@code DELETE /labels/{sampleUuid}/{labelset}/}. */
  DELETE_LABEL("deleteLabel", HttpMethod.DELETE, "/labels/{sampleUuid}/{labelset}/"),
  /** {@code GET /datasets/{owner}/{dataset}/labelsets/}. */
  GET_LABELSETS("getLabelsets", HttpMethod.GET, "/datasets/{owner}/{dataset}/labelsets/"),
  /** {@code GET /datasets/{owner}/{dataset}/labelsets/{name}/}. */
  GET_LABELSET("getLabelset", HttpMethod.GET, "/datasets/{owner}/{dataset}/labelsets/{name}/"),
  /** {@code POST /datasets/{owner}/{dataset}/labelsets/}. */
  ADD_LABELSET("addLabelset", HttpMethod.POST, "/datasets/{owner}/{dataset}/labelsets/"),
  /** {@code DELETE /datasets/{owner}/{dataset}/labelsets/{name}/}. */
  DELETE_LABELSET(
      "deleteLabelset", HttpMethod.DELETE, "/datasets/{owner}/{dataset}/labelsets/{name}/"),
  /** {@code GET /datasets/{owner}/{dataset}/issues/}. */
  GET_ISSUES("getIssues", HttpMethod.GET, "/datasets/{owner}/{dataset}/issues/"),
  /** {@code POST /samples/{sampleUuid}/issues/}. */
  ADD_ISSUE("addIssue", HttpMethod.POST, "/samples/{sampleUuid}/issues/"),
  /** {@code PATCH /issues/{uuid}/}. */
  UPDATE_ISSUE("updateIssue", HttpMethod.PATCH, "/issues/{uuid}/"),
  /** {@code DELETE /issues/{uuid}/}. */
  DELETE_ISSUE("deleteIssue", HttpMethod.DELETE, "/issues/{uuid}/"),
  /** {@code GET /datasets/{owner}/{dataset}/releases/}. */
  GET_RELEASES("getReleases", HttpMethod.GET, "/datasets/{owner}/{dataset}/releases/"),
  /** {@code GET /datasets/{owner}/{dataset}/releases/{name}/}. */
  GET_RELEASE("getRelease", HttpMethod.GET, "/datasets/{owner}/{dataset}/releases/{name}/"),
  /** {@code POST /datasets/{owner}/{dataset}/releases/}. */
  ADD_RELEASE("addRelease", HttpMethod.POST, "/datasets/{owner}/{dataset}/releases/"),
  /** {@code DELETE /datasets/{owner}/{dataset}/releases/{name}/}. */
  DELETE_RELEASE(
      "deleteRelease", HttpMethod.DELETE, "/datasets/{owner}/{dataset}/releases/{name}/"),
  /** {@code GET /datasets/{owner}/{dataset}/workunits/}. */
  GET_WORKUNITS("getWorkunits", HttpMethod.GET, "/datasets/{owner}/{dataset}/workunits/"),
  /** {@code POST /assets/}, then the presigned multipart upload. */
  UPLOAD_ASSET("uploadAsset", HttpMethod.POST, "/assets/"),
  /** {@code GET} of a presigned file URL outside the API (a release file, a label bitmap). */
  DOWNLOAD_FILE("downloadFile", HttpMethod.GET, "{fileUrl}"),
  /**
   * Local (no HTTP call of its own): exporting a release to a labels-out format; names the errors
   * of the exporter.
   */
  EXPORT_DATASET("exportDataset"),
  /** Local: reading a release file and selecting its samples; names the errors of the reader. */
  RELEASE_DATASET("releaseDataset"),
  /** Local: loading an image to draw a bitmap on; names the errors of the image loader. */
  LOAD_IMAGE("loadImage"),
  /** Local: loading a label's segmentation bitmap; names the errors of the bitmap loader. */
  LOAD_LABEL_BITMAP("loadLabelBitmap"),
  /** Local: decoding a segmentation bitmap; names the errors of the decoder. */
  SEGMENTATION_BITMAP("segmentationBitmap"),
  /** Local: transforming a label to ego coordinates; names the errors of the transform. */
  TRANSFORM_LABEL_TO_EGO_COORDINATES("transformLabelToEgoCoordinates");

  private final String operationName;
  private final HttpMethod method;
  private final String uriTemplate;
  private final boolean repeatable;

  /** A local operation: no request of its own, so no method or URI template; repeatable. */
  SegmentsOperation(String operationName) {
    this(operationName, null, null, true);
  }

  SegmentsOperation(String operationName, HttpMethod method, String uriTemplate) {
    this(operationName, method, uriTemplate, !HttpMethod.POST.equals(method));
  }

  SegmentsOperation(
      String operationName, HttpMethod method, String uriTemplate, boolean repeatable) {
    this.operationName = operationName;
    this.method = method;
    this.uriTemplate = uriTemplate;
    this.repeatable = repeatable;
  }

  /**
   * The Python SDK method name in camelCase, e.g. {@code getSamples}.
   *
   * @return the operation name
   */
  public String operationName() {
    return this.operationName;
  }

  /**
   * The HTTP method.
   *
   * @return the method; {@code null} for a {@link #isLocal() local} operation
   */
  public HttpMethod method() {
    return this.method;
  }

  /**
   * The path template relative to the API base URL, e.g. {@code
   * /datasets/{owner}/{dataset}/samples/}.
   *
   * @return the URI template; {@code null} for a {@link #isLocal() local} operation
   */
  public String uriTemplate() {
    return this.uriTemplate;
  }

  /**
   * Whether this is a local operation: work the client does without a request of its own (an
   * export, reading a release file, decoding a bitmap), named here so that its errors carry an
   * operation name like every call's. Interceptors and metrics never see a local operation.
   *
   * @return {@code true} if the operation sends no request of its own
   */
  public boolean isLocal() {
    return this.method == null;
  }

  /**
   * Whether repeating the request after a failure that may have reached the server is safe.
   *
   * @return {@code true} for reads, updates, deletes and the bulk sample add
   */
  public boolean isRepeatable() {
    return this.repeatable;
  }
}
