package ai.segments.client.internal.resource;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.AssetUpload;
import ai.segments.client.internal.CreateRecovery;
import ai.segments.client.model.Asset;
import ai.segments.client.model.PresignedPostFields;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** Asset uploads: a create, then a presigned multipart post; never repeated. */
public final class AssetResource {

  private static final String OPERATION = SegmentsOperation.UPLOAD_ASSET.operationName();

  private final ApiCalls calls;

  /** Creates the resource on the client's shared calls. */
  public AssetResource(ApiCalls calls) {
    this.calls = calls;
  }

  /** Backs {@code SegmentsClient.uploadAsset}. */
  public Asset uploadAsset(Path file) {
    return upload(AssetUpload.file(file, OPERATION));
  }

  /** Backs {@code SegmentsClient.uploadAsset}. */
  public Asset uploadAsset(InputStream stream, String filename) {
    Arguments.requireNonNull(stream, "stream", OPERATION);
    Arguments.requireText(filename, "filename", OPERATION);
    return upload(AssetUpload.stream(stream, filename));
  }

  /** Backs {@code SegmentsClient.uploadAsset}. */
  public Asset uploadAsset(byte[] content, String filename) {
    Arguments.requireNonNull(content, "content", OPERATION);
    Arguments.requireText(filename, "filename", OPERATION);
    return upload(AssetUpload.bytes(content, filename));
  }

  /** Backs {@code SegmentsClient.downloadFile}. */
  public void downloadFile(URI url, Path target, DataSize maxSize) {
    String operation = SegmentsOperation.DOWNLOAD_FILE.operationName();
    Arguments.requireNonNull(target, "target", operation);
    Arguments.requireNonNull(maxSize, "maxSize", operation);
    Arguments.requireNonNull(url, "url", operation);
    this.calls.download(url, target, maxSize.toBytes());
  }

  private Asset upload(AssetUpload content) {
    try (content) {
      Asset asset =
          this.calls.create(
              ApiRequest.to(SegmentsOperation.UPLOAD_ASSET)
                  .body(Map.of("filename", content.filename()), false),
              Asset.class,
              CreateRecovery.unnamed());
      PresignedPostFields post =
          Arguments.requireNonNull(asset.presignedPostFields(), "presignedPostFields", OPERATION);
      this.calls.postForm(OPERATION, URI.create(post.url()), content.form(post));
      return asset;
    }
  }
}
