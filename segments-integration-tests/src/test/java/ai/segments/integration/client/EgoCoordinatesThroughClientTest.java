package ai.segments.integration.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Label;
import ai.segments.client.model.PointcloudCuboidLabelAttributes;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.model.Xyz;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddSampleRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code getLabel(uuid, labelset, true)} over real HTTP: the SDK's {@code
 * test_client_get_label_transform} case (ego at (1, 2, 3), identity heading, cuboid at (2, 2, 3)).
 */
class EgoCoordinatesThroughClientTest {

  @RegisterExtension static final ClientFixture FIXTURE = new ClientFixture();

  @Test
  void getLabelTransformsToEgoCoordinatesOnlyWhenAsked() {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    Dataset dataset =
        jane.addDataset(
            AddDatasetRequest.builder(ClientFixture.unique("ego"))
                .taskType(TaskType.POINTCLOUD_CUBOID)
                .build());
    String id = dataset.owner().username() + "/" + dataset.name();
    Map<String, Object> pointcloud =
        Map.of(
            "pcd", Map.of("url", "https://example.com/a.pcd", "type", "pcd"),
            "ego_pose",
                Map.of(
                    "position", Map.of("x", 1, "y", 2, "z", 3),
                    "heading", Map.of("qx", 0, "qy", 0, "qz", 0, "qw", 1)));
    Sample sample = jane.addSample(id, AddSampleRequest.of("frame", pointcloud));
    jane.addLabel(
        sample.uuid(),
        "ground-truth",
        Map.of(
            "format_version",
            "0.2",
            "annotations",
            List.of(
                Map.of(
                    "id",
                    1,
                    "category_id",
                    1,
                    "type",
                    "cuboid",
                    "yaw",
                    0.0,
                    "position",
                    Map.of("x", 2, "y", 2, "z", 3),
                    "dimensions",
                    Map.of("x", 1, "y", 1, "z", 1)))));

    Label world = jane.getLabel(sample.uuid(), "ground-truth", false);
    Label ego = jane.getLabel(sample.uuid(), "ground-truth", true);

    assertPosition(world, 2, 2, 3);
    assertPosition(ego, 1, 0, 0);
  }

  private static void assertPosition(Label label, double x, double y, double z) {
    Xyz position =
        ((PointcloudCuboidLabelAttributes) label.attributes()).annotations().get(0).position();
    assertThat(position.x()).isCloseTo(x, within(1e-9));
    assertThat(position.y()).isCloseTo(y, within(1e-9));
    assertThat(position.z()).isCloseTo(z, within(1e-9));
  }
}
