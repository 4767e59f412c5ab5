package ai.segments.client.internal;

import ai.segments.client.model.PresignedPostFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The content of an asset upload, with its length known before sending: presigned POST targets such
 * as S3 refuse chunked bodies. Files and bytes are measured; a stream of unknown length is first
 * spooled to a temporary file (deleted after the upload), so large content is never held in memory.
 */
public sealed interface AssetUpload extends AutoCloseable {

  /** The name of the multipart part that carries the file. */
  String FILE_PART = "file";

  /**
   * The filename of the file part.
   *
   * @return the filename
   */
  String filename();

  /**
   * The content length in bytes.
   *
   * @return the length
   */
  long length();

  /**
   * Writes the content.
   *
   * @param out where to write
   * @throws IOException if reading the content or writing fails
   */
  void writeTo(OutputStream out) throws IOException;

  @Override
  void close();

  /**
   * A file on disk, streamed when sent; the part's filename is the file's name.
   *
   * @param file the file
   * @param operation the operation name, for errors
   * @return the upload content
   * @throws ai.segments.client.exception.ValidationException if it is not a readable regular file
   */
  static AssetUpload file(Path file, String operation) {
    Arguments.requireNonNull(file, "file", operation);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw Arguments.invalid("file " + file + " is not a readable regular file", operation);
    }
    return new FileContent(file, file.getFileName().toString(), false);
  }

  /**
   * A stream of unknown length, spooled to a temporary file and closed.
   *
   * @param stream the stream
   * @param filename the part's filename
   * @return the upload content
   */
  static AssetUpload stream(InputStream stream, String filename) {
    try (InputStream in = stream) {
      Path spool = Files.createTempFile("segments-upload-", ".part");
      Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      return new FileContent(spool, filename, true);
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not read the upload stream", ex);
    }
  }

  /**
   * Bytes in memory.
   *
   * @param bytes the content
   * @param filename the part's filename
   * @return the upload content
   */
  static AssetUpload bytes(byte[] bytes, String filename) {
    return new BytesContent(bytes.clone(), filename);
  }

  /**
   * The multipart form of the presigned POST: every presigned field in the server's order, then
   * this content as the part {@value #FILE_PART}.
   *
   * @param post the presigned POST target and fields
   * @return the form
   */
  default MultipartForm form(PresignedPostFields post) {
    return new MultipartForm(post.fields(), this);
  }

  /** Content in a file, deleted on close when it is a spool file. */
  record FileContent(Path path, String filename, boolean temporary) implements AssetUpload {

    @Override
    public long length() {
      try {
        return Files.size(this.path);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      Files.copy(this.path, out);
    }

    @Override
    public void close() {
      if (this.temporary) {
        try {
          Files.deleteIfExists(this.path);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
    }
  }

  /** Content in memory. */
  record BytesContent(byte[] bytes, String filename) implements AssetUpload {

    @Override
    public long length() {
      return this.bytes.length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(this.bytes);
    }

    @Override
    public void close() {}
  }
}
