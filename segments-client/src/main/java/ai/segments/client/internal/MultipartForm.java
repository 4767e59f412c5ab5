package ai.segments.client.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;

/**
 * A {@code multipart/form-data} body of text fields followed by one file part, written by hand so
 * that its length is known before sending (presigned POST targets refuse chunked bodies) and the
 * file is streamed rather than buffered.
 */
public final class MultipartForm {

  private final String boundary = "segments-" + UUID.randomUUID();
  private final byte[] head;
  private final AssetUpload file;
  private final byte[] tail;

  /**
   * Creates the form.
   *
   * @param fields the text fields, in order
   * @param file the file part
   */
  public MultipartForm(Map<String, String> fields, AssetUpload file) {
    StringBuilder text = new StringBuilder();
    if (fields != null) {
      fields.forEach(
          (name, value) -> text.append(partHeader(name, null)).append(value).append("\r\n"));
    }
    text.append(partHeader(AssetUpload.FILE_PART, file.filename()))
        .append("Content-Type: application/octet-stream\r\n\r\n");
    this.head = text.toString().getBytes(StandardCharsets.UTF_8);
    this.file = file;
    this.tail = ("\r\n--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The content type, with the boundary.
   *
   * @return the content type
   */
  public MediaType contentType() {
    return new MediaType(MediaType.MULTIPART_FORM_DATA, Map.of("boundary", this.boundary));
  }

  /**
   * The exact length of the body.
   *
   * @return the length in bytes
   */
  public long contentLength() {
    return this.head.length + this.file.length() + this.tail.length;
  }

  /**
   * Writes the body, streaming the file.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(this.head);
    this.file.writeTo(out);
    out.write(this.tail);
  }

  private String partHeader(String name, String filename) {
    String disposition = "form-data; name=\"" + quoted(name) + "\"";
    if (filename != null) {
      disposition += "; filename=\"" + quoted(filename) + "\"";
    }
    return "--"
        + this.boundary
        + "\r\nContent-Disposition: "
        + disposition
        + "\r\n"
        + ((filename == null) ? "\r\n" : "");
  }

  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
  }
}
