package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.AuthorizationException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.Asset;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The two-step asset upload: the API call, then the presigned multipart POST. */
class AssetUploadContractTest extends ContractTestSupport {

  private static final byte[] CONTENT = "fake jpeg bytes \u00ff".getBytes(StandardCharsets.UTF_8);

  private static final Pattern PART_NAME = Pattern.compile("form-data; name=\"([^\"]+)\"");

  @TempDir static Path tempDir;

  private List<String> fieldOrder;

  @BeforeEach
  void stubBothSteps() throws IOException {
    ObjectNode asset = (ObjectNode) parse(example("file-upload.json"));
    ObjectNode presigned = (ObjectNode) asset.get("presignedPostFields");
    presigned.put("url", server.baseUrl() + "/s3-bucket/");
    ((ObjectNode) presigned.get("fields")).put("x-amz-security-token", "extra-token");
    this.fieldOrder = new ArrayList<>();
    presigned.get("fields").fieldNames().forEachRemaining(this.fieldOrder::add);
    server.stubFor(
        post(urlPathEqualTo("/assets/")).willReturn(json(JSON.writeValueAsString(asset))));
    server.stubFor(post(urlPathEqualTo("/s3-bucket/")).willReturn(aResponse().withStatus(204)));
  }

  static Stream<UploadSource> sources() {
    return Stream.of(
        new UploadSource("path", client -> client.uploadAsset(write("violet.jpg", CONTENT))),
        new UploadSource(
            "stream",
            client -> client.uploadAsset(new ByteArrayInputStream(CONTENT), "violet.jpg")),
        new UploadSource("bytes", client -> client.uploadAsset(CONTENT, "violet.jpg")));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void uploadsInTwoStepsWithEveryFieldInOrderThenTheFile(UploadSource source) {
    Asset asset = source.upload().apply(client());

    List<LoggedRequest> requests = requests();
    assertThat(requests).hasSize(2);
    assertPlainJsonBody(
        assertApiRequest(requests.get(0), "POST", "/assets/"), "{\"filename\": \"violet.jpg\"}");
    LoggedRequest upload = requests.get(1);
    assertUploadStep(upload);
    List<String> expectedParts = new ArrayList<>(this.fieldOrder);
    expectedParts.add("file");
    assertThat(partNames(upload)).containsExactlyElementsOf(expectedParts);
    assertThat(upload.getPart("key").getBody().asString())
        .isEqualTo("assets/jane/3b8b3da2-f09a-494b-999e-37250dfbf5b6.jpg");
    assertThat(upload.getPart("x-amz-security-token").getBody().asString())
        .isEqualTo("extra-token");
    Request.Part file = upload.getPart("file");
    assertThat(file.getHeader("Content-Disposition").firstValue())
        .contains("filename=\"violet.jpg\"");
    assertThat(file.getBody().asBytes()).isEqualTo(CONTENT);
    assertThat(asset.url()).endsWith(".jpg");
    assertThat(asset.presignedPostFields().fields()).containsKey("policy");
  }

  @Test
  void streamsALargeFileIntact() throws IOException {
    Path large = tempDir.resolve("large.bin");
    Random random = new Random(42);
    byte[] chunk = new byte[1024 * 1024];
    try (OutputStream out = Files.newOutputStream(large)) {
      for (int i = 0; i < 20; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }

    client().uploadAsset(large);

    LoggedRequest upload = requests().get(1);
    assertUploadStep(upload);
    byte[] received = upload.getPart("file").getBody().asBytes();
    assertThat(received).hasSize(20 * 1024 * 1024);
    assertThat(sha256(received)).isEqualTo(sha256(Files.readAllBytes(large)));
  }

  @Test
  void aSpooledStreamIsDeletedAfterTheUpload() throws IOException {
    Path spoolDir = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = spoolFiles(spoolDir);

    client().uploadAsset(new ByteArrayInputStream(CONTENT), "violet.jpg");

    assertThat(spoolFiles(spoolDir)).isEqualTo(before);
  }

  private static List<Path> spoolFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("segments-upload-")).toList();
    }
  }

  @Test
  void aFailedUploadIsClassified() {
    server.stubFor(
        post(urlPathEqualTo("/s3-bucket/"))
            .willReturn(aResponse().withStatus(403).withBody("<Error>AccessDenied</Error>")));

    assertThatThrownBy(() -> client().uploadAsset(CONTENT, "violet.jpg"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("HTTP 403")
        .hasMessageNotContaining(API_KEY);
  }

  @Test
  void aMissingFileIsRejectedBeforeSending() {
    Path missing = tempDir.resolve("missing.png");

    assertThatThrownBy(() -> client().uploadAsset(missing)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> client().uploadAsset(CONTENT, " "))
        .isInstanceOf(ValidationException.class);
    assertNoRequests();
  }

  private static void assertUploadStep(LoggedRequest upload) {
    assertThat(upload.getMethod().getName()).isEqualTo("POST");
    assertThat(upload.getUrl()).isEqualTo("/s3-bucket/");
    assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data");
    assertThat(upload.containsHeader("Authorization")).isFalse();
    assertThat(upload.containsHeader("X-source")).isFalse();
    assertThat(upload.containsHeader("Transfer-Encoding"))
        .as("presigned POST targets refuse chunked bodies")
        .isFalse();
    assertThat(upload.getHeader("Content-Length"))
        .isEqualTo(String.valueOf(upload.getBody().length));
  }

  /** The part names in the order they appear in the multipart body. */
  private static List<String> partNames(LoggedRequest upload) {
    String body = new String(upload.getBody(), StandardCharsets.ISO_8859_1);
    List<String> names = new ArrayList<>();
    Matcher matcher = PART_NAME.matcher(body);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Path write(String name, byte[] content) {
    try {
      return Files.write(tempDir.resolve(name), content);
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** One way to pass the content to upload. */
  record UploadSource(String name, Function<SegmentsClient, Asset> upload) {
    @Override
    public String toString() {
      return this.name;
    }
  }
}
