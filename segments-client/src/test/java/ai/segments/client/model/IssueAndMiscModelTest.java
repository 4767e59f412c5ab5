package ai.segments.client.model;

import static ai.segments.client.json.ExampleFiles.STRICT;
import static ai.segments.client.json.ExampleFiles.strict;
import static ai.segments.client.json.ExampleFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueAndMiscModelTest {

  @Test
  void issueWith3dLocationAnchorAndComment() {
    Issue issue = strict("issue.json", Issue.class);

    assertThat(issue.status()).isEqualTo(IssueStatus.OPEN);
    assertThat(issue.updatedBy()).isEqualTo("john");
    assertThat(issue.sampleName()).isEqualTo("scene-0001");
    assertThat(issue.comments())
        .containsExactly(
            new IssueComment(
                Instant.parse("2024-05-04T12:31:40Z"),
                "john",
                "Added it in frames 10-14, please check again."));
    assertThat(issue.anchor())
        .isEqualTo(new LocationAnchor(new Location3d(12.5, -3.2, 0.8), "Lidar", 12));
  }

  @Test
  void issuesListResolvesEveryAnchorType() throws Exception {
    List<Issue> issues = STRICT.readValue(text("issues-list.json"), new TypeReference<>() {});

    assertThat(issues)
        .extracting(Issue::anchor)
        .containsExactly(
            new BasicAnchor("Camera front", 3),
            new TrackAnchor(7, "vehicle_state", "Lidar", null),
            new SceneAttributeAnchor("weather", null, null),
            new LocationAnchor(new Location2d(341.5, 120.0), null, null),
            null);
    assertThat(issues.get(1).status()).isEqualTo(IssueStatus.CLOSED);
    assertThat(issues.get(1).comments())
        .extracting(IssueComment::text)
        .containsExactly("Fixed.", "Confirmed, closing.");
  }

  @Test
  void releases() {
    Release release = strict("release.json", Release.class);
    assertThat(release.status()).isEqualTo(ReleaseStatus.SUCCEEDED);
    assertThat(release.releaseType()).isEqualTo("JSON");
    assertThat(release.samplesCount()).isEqualTo(94);
    assertThat(release.attributes().url()).endsWith("f0b0a34b-93ca-41a3-86ee-96ce6436dd41.json");
    assertThat(release.createdAt()).isEqualTo(Instant.parse("2020-07-20T14:59:36.242218Z"));

    Release pending = strict("release-pending.json", Release.class);
    assertThat(pending.status()).isEqualTo(ReleaseStatus.PENDING);
    assertThat(pending.attributes()).isEqualTo(new Url(null, null));
  }

  @Test
  void assetKeepsEveryPresignedFieldInOrder() {
    Asset asset = strict("file-upload.json", Asset.class);

    assertThat(asset.filename()).isEqualTo("violet.jpg");
    assertThat(asset.url()).endsWith("3b8b3da2-f09a-494b-999e-37250dfbf5b6.jpg");
    assertThat(asset.presignedPostFields().url())
        .isEqualTo("https://segmentsai-prod.s3.amazonaws.com/");
    assertThat(asset.presignedPostFields().fields().keySet())
        .containsExactly(
            "acl",
            "Content-Type",
            "key",
            "x-amz-algorithm",
            "x-amz-credential",
            "x-amz-date",
            "policy",
            "x-amz-signature");
    assertThat(asset.presignedPostFields().fields()).containsEntry("acl", "public-read");
  }

  @Test
  void extraPresignedFieldsAreKept() throws Exception {
    String json =
        """
        {"url": "https://s3/", "fields": {"key": "k", "x-amz-security-token": "t", "policy": "p"}}
        """;
    PresignedPostFields fields = STRICT.readValue(json, PresignedPostFields.class);

    assertThat(fields.fields().keySet()).containsExactly("key", "x-amz-security-token", "policy");
  }

  @Test
  void workunitAndDeleteResponse() {
    Workunit workunit = strict("workunit.json", Workunit.class);
    assertThat(workunit.workType()).isEqualTo("label");
    assertThat(workunit.nextLabelStatus()).isEqualTo("LABELED");
    assertThat(workunit.time()).isEqualTo(84213);
    assertThat(workunit.inactiveTime()).isZero();
    assertThat(workunit.labelRating()).isNull();
    assertThat(workunit.sessionTimeMetrics()).isNull();

    assertThat(strict("delete-samples-response.json", DeleteSamplesResponse.class).deletedCount())
        .isEqualTo(2);
  }

  @Test
  void timestampsWithOffsetsParse() throws Exception {
    Owner owner =
        STRICT.readValue(
            "{\"username\": \"x\", \"created_at\": \"2021-08-09T14:40:19.987691+00:00\"}",
            Owner.class);

    assertThat(owner.createdAt()).isEqualTo(Instant.parse("2021-08-09T14:40:19.987691Z"));
  }

  @Test
  void webhookEventsCarryTheirObjectInRestForm() throws Exception {
    WebhookEvent created = strict("webhook-sample-created.json", WebhookEvent.class);
    assertThat(created.eventType()).isEqualTo(WebhookEventType.SAMPLE_CREATED);
    assertThat(created.createdAt()).isEqualTo(Instant.parse("2024-03-18T10:21:07.380114Z"));
    assertThat(created.dataset()).isEqualTo("jane/flowers");
    assertThat(STRICT.treeToValue(created.object(), Sample.class).assignedLabeler())
        .isEqualTo("john");

    WebhookEvent label = strict("webhook-label-updated.json", WebhookEvent.class);
    assertThat(STRICT.treeToValue(label.object(), Label.class).attributes())
        .isInstanceOf(ImageVectorLabelAttributes.class);
    WebhookEvent issue = strict("webhook-issue-created.json", WebhookEvent.class);
    assertThat(STRICT.treeToValue(issue.object(), Issue.class).anchor())
        .isInstanceOf(LocationAnchor.class);
    WebhookEvent release = strict("webhook-release-created.json", WebhookEvent.class);
    assertThat(release.eventType()).isEqualTo(WebhookEventType.RELEASE_CREATED);
    assertThat(STRICT.treeToValue(release.object(), Release.class).samplesCount()).isEqualTo(94);
  }
}
