package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SegmentsEmulatorExtension.class)
class AssetUploadTest {

  private static final String BOUNDARY = "----emulator-test-boundary";

  @Test
  void uploadAssetReturnsPresignedFieldsAndTheFileIsServedAfterTheMultipartPost(
      SegmentsEmulator emulator) throws Exception {
    ApiClient api = new ApiClient(emulator);
    JsonNode file = api.post("/assets/", Map.of("filename", "mask.png")).expect(201).json();
    ShapeAssert.assertSameShape(file, ApiClient.example("file-upload.json"));
    JsonNode presigned = file.path("presignedPostFields");
    assertThat(presigned.path("url").asText()).isEqualTo(emulator.baseUrl() + "s3/");
    assertThat(presigned.path("fields").path("Content-Type").asText()).isEqualTo("image/png");
    assertThat(file.path("url").asText())
        .isEqualTo(emulator.baseUrl() + "s3/" + presigned.path("fields").path("key").asText());

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    HttpResponse<String> upload = post(api, presigned, png);
    assertThat(upload.statusCode()).isEqualTo(204);

    HttpResponse<byte[]> download =
        api.http()
            .send(
                HttpRequest.newBuilder(URI.create(file.path("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(png);
    assertThat(download.headers().firstValue("Content-Type")).contains("image/png");

    assertThat(post(api, presigned, png).statusCode()).as("slot used up").isEqualTo(403);
    assertThat(api.get("/s3/assets/demo/unknown.png").status()).isEqualTo(404);
    api.post("/assets/", Map.of()).expect(400);
    api.as(null).post("/assets/", Map.of("filename", "x.png")).expect(401);
    HttpResponse<String> notMultipart =
        api.http()
            .send(
                HttpRequest.newBuilder(URI.create(presigned.path("url").asText()))
                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(notMultipart.statusCode()).isEqualTo(400);
  }

  /** The presigned POST as the SDK sends it: the eight fields in order, then the file part. */
  private static HttpResponse<String> post(ApiClient api, JsonNode presigned, byte[] content)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, JsonNode> field : presigned.path("fields").properties()) {
      write(
          body,
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\""
              + field.getKey()
              + "\"\r\n\r\n"
              + field.getValue().asText()
              + "\r\n");
    }
    write(
        body,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"mask.png\"\r\nContent-Type: image/png\r\n\r\n");
    body.write(content);
    write(body, "\r\n--" + BOUNDARY + "--\r\n");
    return api.http()
        .send(
            HttpRequest.newBuilder(URI.create(presigned.path("url").asText()))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
