package ai.segments.client.internal;

import ai.segments.client.model.PresignedPostFields;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The second step of an asset upload: the multipart form for the presigned POST, with every field
 * the API returned, in its order, followed by the file part {@code file}. The file is streamed from
 * its source when the form is written, never read into memory first.
 */
public final class AssetUpload {

  /** The name of the multipart part that carries the file. */
  public static final String FILE_PART = "file";

  private AssetUpload() {}

  /**
   * A file on disk, streamed with its known length; the part's filename is the file's name.
   *
   * @param file the file
   * @param operation the operation name, for errors
   * @return the resource
   * @throws ai.segments.client.exception.ValidationException if it is not a readable regular file
   */
  public static Resource file(Path file, String operation) {
    Arguments.requireNonNull(file, "file", operation);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw Arguments.invalid("file " + file + " is not a readable regular file", operation);
    }
    return new FileSystemResource(file);
  }

  /**
   * A stream of unknown length, read once while the form is sent (and closed then).
   *
   * @param stream the stream
   * @param filename the part's filename
   * @return the resource
   */
  public static Resource stream(InputStream stream, String filename) {
    return new NamedInputStreamResource(stream, filename);
  }

  /**
   * Bytes in memory.
   *
   * @param bytes the content
   * @param filename the part's filename
   * @return the resource
   */
  public static Resource bytes(byte[] bytes, String filename) {
    return new NamedByteArrayResource(bytes, filename);
  }

  /**
   * The form: every presigned field in the server's order, then the file.
   *
   * @param post the presigned POST target and fields
   * @param file the file part
   * @return the form, for {@link ApiExecutor#postForm}
   */
  public static MultiValueMap<String, Object> form(PresignedPostFields post, Resource file) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    Map<String, String> fields = (post.fields() != null) ? post.fields() : Map.of();
    fields.forEach(form::add);
    form.add(FILE_PART, file);
    return form;
  }

  /** An input stream with a filename; its length is unknown, so it is never read to measure it. */
  private static final class NamedInputStreamResource extends InputStreamResource {

    private final String filename;

    NamedInputStreamResource(InputStream stream, String filename) {
      super(stream);
      this.filename = filename;
    }

    @Override
    public String getFilename() {
      return this.filename;
    }

    @Override
    public long contentLength() {
      return -1;
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** Bytes with a filename. */
  private static final class NamedByteArrayResource extends ByteArrayResource {

    private final String filename;

    NamedByteArrayResource(byte[] bytes, String filename) {
      super(bytes);
      this.filename = filename;
    }

    @Override
    public String getFilename() {
      return this.filename;
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
