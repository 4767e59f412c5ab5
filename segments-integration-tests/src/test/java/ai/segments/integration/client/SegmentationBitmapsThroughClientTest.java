package ai.segments.integration.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.InstanceCategories;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.model.Asset;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Label;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.request.AddDatasetRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A segmentation label made in Java: bitmap encoded, uploaded, labelled, downloaded, decoded. */
class SegmentationBitmapsThroughClientTest {

  @RegisterExtension static final ClientFixture FIXTURE = new ClientFixture();

  @Test
  void anEncodedBitmapUploadsAsALabelAndDecodesToTheSameIds() {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    Dataset dataset =
        jane.addDataset(
            AddDatasetRequest.builder(ClientFixture.unique("bitmaps"))
                .taskType(TaskType.SEGMENTATION_BITMAP)
                .build());
    String id = dataset.owner().username() + "/" + dataset.name();
    Sample sample = ClientFixture.addSamples(jane, id, List.of("street")).get(0);
    SegmentationBitmap drawn =
        SegmentationBitmap.of(4, 4, new int[] {0, 1, 1, 0, 0, 1, 1, 0, 2, 2, 0, 0, 2, 2, 0, 300});
    SegmentationBitmaps bitmaps = new SegmentationBitmaps(jane);

    Asset asset = bitmaps.upload(drawn);
    jane.addLabel(
        sample.uuid(),
        "ground-truth",
        Map.of(
            "format_version", "0.1",
            "segmentation_bitmap", Map.of("url", asset.url()),
            "annotations",
                List.of(
                    Map.of("id", 1, "category_id", 1),
                    Map.of("id", 2, "category_id", 2),
                    Map.of("id", 300, "category_id", 1))));
    Label label = jane.getLabel(sample.uuid(), "ground-truth");
    String url =
        ((ai.segments.client.model.ImageSegmentationLabelAttributes) label.attributes())
            .segmentationBitmap()
            .url();

    SegmentationBitmap loaded = bitmaps.load(url);

    assertThat(loaded).isEqualTo(drawn);
    assertThat(loaded.id(3, 3)).isEqualTo(300);
    SegmentationBitmap semantic =
        loaded.toSemantic(
            InstanceCategories.of(
                ((ai.segments.client.model.ImageSegmentationLabelAttributes) label.attributes())
                    .annotations()),
            0);
    assertThat(semantic.ids()).containsExactly(0, 1, 1, 0, 0, 1, 1, 0, 2, 2, 0, 0, 2, 2, 0, 1);
  }
}
