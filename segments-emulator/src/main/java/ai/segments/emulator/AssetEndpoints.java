package ai.segments.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Assets: {@code POST /assets/} answers a {@code File} with presigned POST fields that point at the
 * emulator's own object storage under {@code /s3/}, which accepts the multipart upload (no Segments
 * headers needed) and then serves the file at the returned {@code url}.
 */
final class AssetEndpoints extends Endpoints {

  /** Path prefix of the emulated object storage, relative to the base URL. */
  static final String STORAGE = "s3/";

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "json", "application/json",
          "pcd", "application/octet-stream",
          "bin", "application/octet-stream");

  AssetEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  @Override
  void register(Router router) {
    router
        .add("POST", "/assets/", "uploadAsset", this::create)
        .add("POST", "/" + STORAGE, "storageUpload", this::upload, false)
        .add("GET", "/" + STORAGE + "{key*}", "storageDownload", this::download, false);
  }

  private ApiResponse create(RoutedRequest request) {
    String filename = Json.requiredText(Json.requireObject(request.json()), "filename");
    String uuid = Store.uuid();
    int dot = filename.lastIndexOf('.');
    String extension = dot < 0 ? "" : filename.substring(dot).toLowerCase(Locale.ROOT);
    String contentType =
        CONTENT_TYPES.getOrDefault(
            extension.isEmpty() ? "" : extension.substring(1), "application/octet-stream");
    String key = "assets/" + request.user().username() + "/" + uuid + extension;
    ctx.store.expectUpload(key, contentType);
    Instant now = Instant.now();
    String date = AMZ_DATE.format(now);
    String policy =
        Base64.getEncoder()
            .encodeToString(
                ("{\"expiration\": \""
                        + Timestamps.format(now.plusSeconds(3600))
                        + "\", \"conditions\": [{\"key\": \""
                        + key
                        + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
    ObjectNode file =
        Json.object()
            .put("uuid", uuid)
            .put("filename", filename)
            .put("url", ctx.baseUrl() + STORAGE + key)
            .put("created_at", ctx.store.clock.next());
    ObjectNode presigned =
        file.putObject("presignedPostFields").put("url", ctx.baseUrl() + STORAGE);
    presigned
        .putObject("fields")
        .put("acl", "public-read")
        .put("Content-Type", contentType)
        .put("key", key)
        .put("x-amz-algorithm", "AWS4-HMAC-SHA256")
        .put("x-amz-credential", "EMULATOR/" + date.substring(0, 8) + "/eu-west-2/s3/aws4_request")
        .put("x-amz-date", date)
        .put("policy", policy)
        .put("x-amz-signature", sha256(policy));
    return ApiResponse.created(file);
  }

  private ApiResponse upload(RoutedRequest request) {
    Map<String, Multipart.Part> parts =
        Multipart.parse(request.header("Content-Type"), request.body());
    Multipart.Part key = parts.get("key");
    Multipart.Part file = parts.get("file");
    if (key == null || file == null) {
      return s3Error(
          400, "InvalidArgument", "Bucket POST must contain a field named 'key' and a file.");
    }
    String expected = ctx.store.takeUpload(key.text()).orElse(null);
    if (expected == null) {
      return s3Error(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed.");
    }
    Multipart.Part type = parts.get("Content-Type");
    String contentType = type == null ? expected : type.text();
    ctx.store.putObject(key.text(), new Store.StoredObject(contentType, file.bytes()));
    return ApiResponse.noContent();
  }

  private ApiResponse download(RoutedRequest request) {
    return ctx.store
        .object(request.path("key"))
        .map(o -> new ApiResponse(200, o.contentType(), o.bytes()))
        .orElseGet(() -> s3Error(404, "NoSuchKey", "The specified key does not exist."));
  }

  private static ApiResponse s3Error(int status, String code, String message) {
    return ApiResponse.text(
        status,
        "application/xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message></Error>");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
