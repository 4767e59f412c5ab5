package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Issue;
import ai.segments.client.model.IssueStatus;
import ai.segments.client.model.Location3d;
import ai.segments.client.model.LocationAnchor;
import ai.segments.client.request.AddIssueRequest;
import ai.segments.client.request.UpdateIssueRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issues: typed and map anchors, tri-state update. */
class IssueOperationsContractTest extends ContractTestSupport {

  private static final String SAMPLE = "c0a8012e-77b4-4f0d-9a3c-5e1d2f3a4b5c";

  private static final String ISSUE = "8d3e5f70-1a2b-4c3d-9e8f-0a1b2c3d4e5f";

  @Test
  void getIssuesReadsEveryAnchorShape() {
    respondWith("issues-list.json");

    List<Issue> issues = client().getIssues(DATASET);

    assertOnlyRequest("GET", "/datasets/jane/flowers/issues/");
    assertThat(issues).hasSize(5);
  }

  @Test
  void addIssueSendsAnOpenIssue() {
    respondWith("issue.json");

    Issue issue = client().addIssue(SAMPLE, "Missing cuboid");

    assertPlainJsonBody(
        assertOnlyRequest("POST", "/samples/" + SAMPLE + "/issues/"),
        "{\"description\": \"Missing cuboid\", \"status\": \"OPEN\"}");
    assertThat(issue.anchor()).isInstanceOf(LocationAnchor.class);
  }

  @Test
  void addIssueSerializesATypedAnchor() {
    respondWith("issue.json");

    client()
        .addIssue(
            SAMPLE,
            AddIssueRequest.builder("Missing cuboid")
                .status(IssueStatus.CLOSED)
                .anchor(new LocationAnchor(new Location3d(1.0, 2.0, 3.0), "Lidar", 12))
                .build());

    assertPlainJsonBody(
        onlyRequest(),
        """
        {"description": "Missing cuboid", "status": "CLOSED",
         "anchor": {"type": "location", "sensor": "Lidar", "frame": 12,
                    "location": {"type": "3d", "x": 1.0, "y": 2.0, "z": 3.0}}}
        """);
  }

  @Test
  void updateIssueSendsOnlyTheChangedKeysAndCanRemoveTheAnchor() {
    respondWith("issue.json");

    Issue issue =
        client()
            .updateIssue(
                ISSUE,
                UpdateIssueRequest.builder().status(IssueStatus.CLOSED).anchor(null).build());

    assertPlainJsonBody(
        assertOnlyRequest("PATCH", "/issues/" + ISSUE + "/"),
        "{\"status\": \"CLOSED\", \"anchor\": null}");
    assertThat(issue.uuid()).isEqualTo(ISSUE);
  }

  @Test
  void updateIssueSendsAMapAnchorAsGiven() {
    respondWith("issue.json");

    client()
        .updateIssue(
            ISSUE,
            UpdateIssueRequest.builder()
                .description("Two cuboids missing")
                .anchor(Map.of("type", "track", "trackNumber", 3))
                .build());

    assertPlainJsonBody(
        onlyRequest(),
        """
        {"description": "Two cuboids missing", "anchor": {"type": "track", "trackNumber": 3}}
        """);
  }

  @Test
  void deleteIssueSendsADelete() {
    respondNoContent();

    client().deleteIssue(ISSUE);

    assertOnlyRequest("DELETE", "/issues/" + ISSUE + "/");
  }
}
