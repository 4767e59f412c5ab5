package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Category;
import ai.segments.client.model.Collaborator;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Role;
import ai.segments.client.model.TaskType;
import ai.segments.client.model.User;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.CloneDatasetRequest;
import ai.segments.client.request.DatasetFlag;
import ai.segments.client.request.UpdateDatasetRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users, datasets and collaborators: method, path, query, headers, body and parsed result. */
class DatasetOperationsContractTest extends ContractTestSupport {

  @Test
  void getUserReadsTheAuthenticatedUser() {
    respondWith("user.json");

    User user = client().getUser();

    assertOnlyRequest("GET", "/user");
    assertThat(user.username()).isEqualTo("jane");
    assertThat(user.isOrganization()).isFalse();
  }

  @Test
  void getUserByNameReadsAnotherUser() {
    respondWith("user-organization.json");

    User user = client().getUser("acme-robotics");

    assertOnlyRequest("GET", "/users/acme-robotics");
    assertThat(user.isOrganization()).isTrue();
  }

  @Test
  void getDatasetsSendsTheDefaultPage() {
    respondWithList("dataset.json");

    List<Dataset> datasets = client().getDatasets();

    assertOnlyRequest("GET", "/user/datasets/?per_page=1000&page=1");
    assertThat(datasets).extracting(Dataset::fullName).containsExactly("jane/flowers");
  }

  @Test
  void getDatasetsOfAUserSendsThePage() {
    respondWithList("dataset.json", "dataset-pointcloud-cuboid-sequence.json");

    List<Dataset> datasets = client().getDatasets("acme-robotics", 50, 3);

    assertOnlyRequest("GET", "/users/acme-robotics/datasets/?per_page=50&page=3");
    assertThat(datasets).hasSize(2);
  }

  @Test
  void getDatasetReadsTheDataset() {
    respondWith("dataset.json");

    Dataset dataset = client().getDataset(DATASET);

    assertOnlyRequest("GET", "/datasets/jane/flowers/");
    assertThat(dataset.category()).isEqualTo(Category.GARDEN);
    assertThat(dataset.taskType()).isEqualTo(TaskType.VECTOR);
  }

  @Test
  void addDatasetSendsEveryDefaultOfTheSdk() {
    respondWith("dataset.json");

    Dataset dataset = client().addDataset("flowers");

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/user/datasets/"),
        """
        {"name": "flowers", "description": "", "task_type": "segmentation-bitmap",
         "task_attributes": {"format_version": "0.1", "categories": [{"name": "object", "id": 1}]},
         "category": "other", "public": false, "readme": "",
         "labeling_inactivity_timeout_seconds": 300, "enable_skip_labeling": true,
         "enable_skip_reviewing": false, "enable_ratings": false, "enable_interpolation": true,
         "enable_same_dimensions_track_constraint": false, "enable_save_button": false,
         "enable_label_status_verified": false, "enable_3d_cuboid_rotation": false,
         "enable_3d_region_of_interest": false, "enable_confirm_on_submit": false,
         "archived": false, "data_type": "IMAGE"}
        """);
    assertThat(dataset.name()).isEqualTo("flowers");
  }

  @Test
  void addDatasetInAnOrganizationSendsTheOptions() {
    respondWith("dataset.json");
    Map<String, Object> taskAttributes =
        Map.of("format_version", "0.1", "categories", List.of(Map.of("name", "rose", "id", 7)));

    client()
        .addDataset(
            AddDatasetRequest.builder("roses")
                .organization("acme-robotics")
                .description("Roses")
                .taskType(TaskType.VECTOR)
                .taskAttributes(taskAttributes)
                .category(Category.of("custom-roses"))
                .isPublic(true)
                .readme("# Roses")
                .metadata(Map.of("team", "garden"))
                .labelingInactivityTimeoutSeconds(60)
                .flag(DatasetFlag.ENABLE_RATINGS, true)
                .flag(DatasetFlag.ENABLE_EXTRAPOLATION, false)
                .regionOfInterest(Map.of("shape", "circle"))
                .build());

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/organizations/acme-robotics/datasets/"),
        """
        {"name": "roses", "description": "Roses", "task_type": "vector",
         "task_attributes": {"format_version": "0.1", "categories": [{"name": "rose", "id": 7}]},
         "category": "custom-roses", "public": true, "readme": "# Roses",
         "labeling_inactivity_timeout_seconds": 60, "enable_skip_labeling": true,
         "enable_skip_reviewing": false, "enable_ratings": true, "enable_interpolation": true,
         "enable_same_dimensions_track_constraint": false, "enable_save_button": false,
         "enable_label_status_verified": false, "enable_3d_cuboid_rotation": false,
         "enable_3d_region_of_interest": false, "enable_confirm_on_submit": false,
         "archived": false, "enable_extrapolation": false, "data_type": "IMAGE",
         "metadata": {"team": "garden"}, "region_of_interest": {"shape": "circle"}}
        """);
  }

  @Test
  void updateDatasetSendsOnlyTheChangedKeysAndExplicitNulls() {
    respondWith("dataset.json");

    Dataset dataset =
        client()
            .updateDataset(
                DATASET,
                UpdateDatasetRequest.builder()
                    .description("Only roses")
                    .regionOfInterest(null)
                    .flag(DatasetFlag.ARCHIVED, true)
                    .flag(DatasetFlag.ENABLE_OBJECT_LINKING, null)
                    .build());

    assertPlainJsonBody(
        assertOnlyRequest("PATCH", "/datasets/jane/flowers/"),
        """
        {"description": "Only roses", "region_of_interest": null, "archived": true,
         "enable_object_linking": null}
        """);
    assertThat(dataset.fullName()).isEqualTo(DATASET);
  }

  @Test
  void updateDatasetSendsEveryField() {
    respondWith("dataset.json");

    client()
        .updateDataset(
            DATASET,
            UpdateDatasetRequest.builder()
                .taskType(TaskType.BBOXES)
                .taskAttributes(AddDatasetRequest.DEFAULT_TASK_ATTRIBUTES)
                .category(Category.FRUIT)
                .isPublic(true)
                .readme("r")
                .metadata(null)
                .labelingInactivityTimeoutSeconds(30)
                .flag(DatasetFlag.USE_TIMESTAMPS_FOR_INTERPOLATION, true)
                .build());

    assertPlainJsonBody(
        onlyRequest(),
        """
        {"task_type": "bboxes",
         "task_attributes": {"format_version": "0.1", "categories": [{"name": "object", "id": 1}]},
         "category": "fruit", "public": true, "readme": "r", "metadata": null,
         "labeling_inactivity_timeout_seconds": 30, "use_timestamps_for_interpolation": true}
        """);
  }

  @Test
  void updateDatasetWithoutChangesSendsAnEmptyObject() {
    respondWith("dataset.json");

    client().updateDataset(DATASET, UpdateDatasetRequest.builder().build());

    assertPlainJsonBody(assertOnlyRequest("PATCH", "/datasets/jane/flowers/"), "{}");
  }

  @Test
  void deleteDatasetSendsADelete() {
    respondNoContent();

    client().deleteDataset(DATASET);

    assertThat(assertOnlyRequest("DELETE", "/datasets/jane/flowers/").getBody()).isEmpty();
  }

  @Test
  void cloneDatasetDefaultsToTheSourceNameWithCloneSuffix() {
    respondWith("dataset.json");

    client().cloneDataset(DATASET);

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/datasets/jane/flowers/clone/"),
        """
        {"name": "flowers-clone", "clone_labels": false}
        """);
  }

  @Test
  void cloneDatasetSendsTheOptions() {
    respondWith("dataset.json");

    client()
        .cloneDataset(
            DATASET,
            CloneDatasetRequest.builder()
                .newName("roses")
                .newTaskType(TaskType.BBOXES)
                .newPublic(true)
                .organization("acme-robotics")
                .cloneLabels(true)
                .build());

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/datasets/jane/flowers/clone/"),
        """
        {"name": "roses", "task_type": "bboxes", "public": true, "owner": "acme-robotics",
         "clone_labels": true}
        """);
  }

  @Test
  void getDatasetCollaboratorReadsTheCollaborator() {
    respondWith("collaborator.json");

    Collaborator collaborator = client().getDatasetCollaborator(DATASET, "john");

    assertOnlyRequest("GET", "/datasets/jane/flowers/collaborators/john");
    assertThat(collaborator.role()).isEqualTo(Role.REVIEWER);
    assertThat(collaborator.user().username()).isEqualTo("john");
  }

  @Test
  void addDatasetCollaboratorDefaultsToLabeler() {
    respondWith("collaborator.json");

    client().addDatasetCollaborator(DATASET, "john");

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/datasets/jane/flowers/collaborators/"),
        """
        {"user": "john", "role": "labeler"}
        """);
  }

  @Test
  void addDatasetCollaboratorSendsTheRole() {
    respondWith("collaborator.json");

    client().addDatasetCollaborator(DATASET, "john", Role.REVIEWER);

    assertPlainJsonBody(onlyRequest(), "{\"user\": \"john\", \"role\": \"reviewer\"}");
  }

  @Test
  void updateDatasetCollaboratorSendsTheRole() {
    respondWith("collaborator.json");

    Collaborator collaborator = client().updateDatasetCollaborator(DATASET, "john", Role.MANAGER);

    assertPlainJsonBody(
        assertOnlyRequest("PATCH", "/datasets/jane/flowers/collaborators/john"),
        "{\"role\": \"manager\"}");
    assertThat(collaborator.user().username()).isEqualTo("john");
  }

  @Test
  void deleteDatasetCollaboratorSendsADelete() {
    respondNoContent();

    client().deleteDatasetCollaborator(DATASET, "john");

    assertOnlyRequest("DELETE", "/datasets/jane/flowers/collaborators/john");
  }
}
