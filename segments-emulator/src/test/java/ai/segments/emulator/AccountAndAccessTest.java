package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountAndAccessTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(TeamSeed.builder().minimumLibVersion("1.5.0"));

  private ApiClient jane;
  private ApiClient john;
  private ApiClient mary;

  @BeforeEach
  void clients(SegmentsEmulator emulator) {
    jane = new ApiClient(emulator).as("jane-key");
    john = jane.as("john-key");
    mary = jane.as("mary-key");
  }

  @Test
  void apiStatusAnswersForAValidKeyAndHonoursTheMinimumLibVersion() {
    assertThat(jane.get("/api_status/?lib_version=1.30.0").expect(200).json().isObject()).isTrue();
    jane.get("/api_status?lib_version=1.5.0").expect(200);
    jane.get("/api_status/").expect(200);
    ApiClient.Reply old = jane.get("/api_status/?lib_version=1.4.9").expect(426);
    assertThat(old.detail()).contains("1.4.9").contains("1.5.0");
    assertThat(jane.as("nope").get("/api_status/?lib_version=1.30.0").status()).isEqualTo(401);
  }

  @Test
  void missingOrUnknownKeysGetTheApis401Answer() {
    for (ApiClient client : List.of(jane.as(null), jane.as("unknown-key"))) {
      ApiClient.Reply reply = client.get("/user").expect(401);
      assertThat(reply.json()).isEqualTo(ApiClient.example("error-authentication.json"));
      assertThat(reply.header("WWW-Authenticate")).isEqualTo("APIKey");
    }
    ApiClient.Reply bearer =
        jane.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(EMULATOR.emulator().baseUrl() + "user"))
                .header("Authorization", "Bearer jane-key")
                .build());
    assertThat(bearer.status()).isEqualTo(401);
  }

  @Test
  void everyApiKeyOfAUserWorks() {
    assertThat(jane.as("john-key-2").get("/user").expect(200).json().path("username").asText())
        .isEqualTo("john");
  }

  @Test
  void getUserReturnsTheCallerWithOrganizationsAndRoles() {
    JsonNode user = jane.get("/user").expect(200).json();
    ShapeAssert.assertSameShape(user, ApiClient.example("user.json"));
    assertThat(user.path("username").asText()).isEqualTo("jane");
    assertThat(user.path("is_organization").asBoolean()).isFalse();
    JsonNode org = user.path("organizations").get(0);
    assertThat(org.path("username").asText()).isEqualTo("acme-robotics");
    assertThat(org.path("organization_role").asText()).isEqualTo("admin");
    assertThat(org.path("organization_created_by").asText()).isEqualTo("jane");
    assertThat(jane.get("/user/").status()).isEqualTo(200);
  }

  @Test
  void usersAndOrganizationsCanBeLookedUpByName() {
    JsonNode org = mary.get("/users/acme-robotics").expect(200).json();
    ShapeAssert.assertSameShape(org, ApiClient.example("user-organization.json"));
    assertThat(org.path("is_organization").asBoolean()).isTrue();
    assertThat(org.path("members").findValuesAsText("username")).containsExactly("jane", "john");
    assertThat(org.path("members").get(1).path("organization_role").asText()).isEqualTo("labeler");
    assertThat(mary.get("/users/john/").expect(200).json().path("username").asText())
        .isEqualTo("john");
    assertThat(mary.get("/users/nobody").expect(404).json())
        .isEqualTo(ApiClient.example("error-not-found.json"));
  }

  @Test
  void anotherUsersPrivateDatasetAnswers404AndPublicOnesAreReadOnly() {
    mary.get("/datasets/jane/flowers/").expect(404);
    mary.get("/datasets/jane/flowers/samples/").expect(404);
    JsonNode publicDataset = mary.get("/datasets/jane/public-garden/").expect(200).json();
    assertThat(publicDataset.path("role").isNull()).isTrue();
    ApiClient.Reply denied =
        mary.patch("/datasets/jane/public-garden/", Map.of("description", "mine")).expect(403);
    assertThat(denied.json()).isEqualTo(ApiClient.example("error-permission-denied.json"));
    mary.post("/datasets/jane/public-garden/samples/", sample("x.jpg")).expect(403);
    assertThat(names(mary.get("/users/jane/datasets/").expect(200).json()))
        .containsExactly("public-garden");
    assertThat(names(jane.get("/users/jane/datasets/").expect(200).json()))
        .containsExactly("flowers", "public-garden");
    mary.get("/users/nobody/datasets/").expect(404);
  }

  @Test
  void collaboratorsActWithinTheirRole() {
    JsonNode dataset = john.get("/datasets/jane/flowers/").expect(200).json();
    assertThat(dataset.path("role").asText()).isEqualTo("reviewer");
    john.post("/datasets/jane/flowers/samples/", sample("new.jpg")).expect(403);
    john.delete("/datasets/jane/flowers/").expect(403);
    String uuid = firstSampleUuid(john, "jane/flowers");
    john.put("/labels/" + uuid + "/predictions/", label()).expect(201);
    assertThat(names(john.get("/user/datasets/").expect(200).json()))
        .contains("flowers", "lidar")
        .doesNotContain("public-garden");
  }

  @Test
  void organizationMembersWorkWithOrganizationDatasets() {
    assertThat(john.get("/datasets/acme-robotics/lidar/").expect(200).json().path("role").asText())
        .isEqualTo("labeler");
    mary.get("/datasets/acme-robotics/lidar/").expect(404);
    Map<String, Object> body = Map.of("name", "org-set", "task_type", "pointcloud-cuboid");
    JsonNode created = jane.post("/organizations/acme-robotics/datasets/", body).expect(201).json();
    assertThat(created.path("full_name").asText()).isEqualTo("acme-robotics/org-set");
    assertThat(created.path("owner").path("username").asText()).isEqualTo("acme-robotics");
    mary.post("/organizations/acme-robotics/datasets/", body).expect(403);
    jane.post("/organizations/nowhere/datasets/", body).expect(404);
    jane.post("/organizations/jane/datasets/", body).expect(404);
  }

  static Map<String, Object> sample(String name) {
    return Map.of("name", name, "attributes", Map.of("image", Map.of("url", "https://x/" + name)));
  }

  static Map<String, Object> label() {
    return Map.of(
        "label_status",
        "PRELABELED",
        "attributes",
        Map.of(
            "format_version",
            "0.1",
            "annotations",
            List.of(
                Map.of(
                    "id",
                    1,
                    "category_id",
                    1,
                    "type",
                    "bbox",
                    "points",
                    List.of(List.of(1.0, 2.0), List.of(3.0, 4.0))))));
  }

  static String firstSampleUuid(ApiClient client, String dataset) {
    return client
        .get("/datasets/" + dataset + "/samples/")
        .expect(200)
        .json()
        .get(0)
        .path("uuid")
        .asText();
  }

  static List<String> names(JsonNode array) {
    List<String> names = new java.util.ArrayList<>();
    array.forEach(item -> names.add(item.path("name").asText()));
    return names;
  }
}
