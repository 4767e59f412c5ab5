package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SegmentsEmulatorExtension.class)
class DemoMediaTest {

  @Test
  void vectorLabelsBoxTheShapesDrawnInTheServedImages(SegmentsEmulator emulator) throws Exception {
    ApiClient api = new ApiClient(emulator);
    JsonNode sample = labeledSample(api, "flowers");
    String url = sample.path("attributes").path("image").path("url").asText();
    assertThat(url).startsWith(emulator.baseUrl() + "demo-media/flowers/");

    BufferedImage image = fetchImage(api, url);

    assertThat(image.getWidth()).isEqualTo(DemoScene.WIDTH);
    assertThat(image.getHeight()).isEqualTo(DemoScene.HEIGHT);
    BufferedImage again = fetchImage(api, url);
    for (JsonNode box : sample.path("label").path("attributes").path("annotations")) {
      JsonNode points = box.path("points");
      int x0 = points.get(0).get(0).asInt();
      int y0 = points.get(0).get(1).asInt();
      int x1 = points.get(1).get(0).asInt();
      int y1 = points.get(1).get(1).asInt();
      int centre = image.getRGB((x0 + x1) / 2, (y0 + y1) / 2);
      assertThat(centre).as("shape colour inside the box").isNotEqualTo(image.getRGB(x0 - 2, y0));
      assertThat(again.getRGB((x0 + x1) / 2, (y0 + y1) / 2)).isEqualTo(centre);
    }
  }

  @Test
  void segmentationBitmapsHoldTheLabelsInstanceIdsWhereTheShapesAre(SegmentsEmulator emulator)
      throws Exception {
    ApiClient api = new ApiClient(emulator);
    JsonNode label = labeledSample(api, "street-scenes").path("label").path("attributes");
    String url = label.path("segmentation_bitmap").path("url").asText();
    assertThat(url).startsWith(emulator.baseUrl() + "demo-media/street-scenes/");

    BufferedImage bitmap = fetchImage(api, url);

    assertThat(bitmap.getWidth()).isEqualTo(DemoScene.WIDTH);
    Set<Integer> ids = new TreeSet<>();
    for (int y = 0; y < bitmap.getHeight(); y++) {
      for (int x = 0; x < bitmap.getWidth(); x++) {
        int argb = bitmap.getRGB(x, y);
        assertThat(argb >>> 24).isEqualTo(255);
        ids.add(((argb >> 16) & 0xff) + 256 * ((argb >> 8) & 0xff) + 65536 * (argb & 0xff));
      }
    }
    Set<Integer> expected = new TreeSet<>();
    expected.add(0);
    label.path("annotations").forEach(a -> expected.add(a.path("id").asInt()));
    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void sequenceFramesAreServedAndTheExportableDatasetsHaveAReadyRelease(SegmentsEmulator emulator)
      throws Exception {
    ApiClient api = new ApiClient(emulator);
    JsonNode frame =
        labeledSample(api, "greenhouse-video").path("attributes").path("frames").get(4);

    assertThat(fetchImage(api, frame.path("image").path("url").asText()).getHeight())
        .isEqualTo(DemoScene.HEIGHT);
    for (String dataset : List.of("flowers", "street-scenes", "greenhouse-video")) {
      JsonNode release =
          api.get("/datasets/demo/" + dataset + "/releases/v1.0/").expect(200).json();
      assertThat(release.path("status").asText()).as(dataset).isEqualTo("SUCCEEDED");
      String file = release.path("attributes").path("url").asText();
      assertThat(fetch(api, file).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void unknownMediaPathsAre404(SegmentsEmulator emulator) throws Exception {
    ApiClient api = new ApiClient(emulator);
    for (String path : List.of("flowers/3.jpg", "flowers/12345.png", "../x.png", "Flowers/1.png")) {
      assertThat(fetch(api, emulator.baseUrl() + "demo-media/" + path).statusCode())
          .as(path)
          .isEqualTo(404);
    }
  }

  private static JsonNode labeledSample(ApiClient api, String dataset) {
    return api.get(
            "/datasets/demo/"
                + dataset
                + "/samples/?per_page=1&labelset=ground-truth&include_full_label=1"
                + "&label_status=LABELED,REVIEWED")
        .expect(200)
        .json()
        .get(0);
  }

  private static HttpResponse<byte[]> fetch(ApiClient api, String url)
      throws IOException, InterruptedException {
    return api.http()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static BufferedImage fetchImage(ApiClient api, String url)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = fetch(api, url);
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    return ImageIO.read(new ByteArrayInputStream(response.body()));
  }
}
