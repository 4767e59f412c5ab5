package ai.segments.client.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON file of a COCO-like format, streamed: {@code {<head fields>, "images": [...],
 * "annotations": [...]}}. The image and annotation entries are spooled to temporary files as the
 * samples are written ({@link JsonSpool}) and the file is written to the sink at {@link #finish()},
 * in one go (a zip sink holds one open entry at a time, and the panoptic PNGs come in between). The
 * bytes are those the mapper writes for the whole tree; memory holds one entry at a time. {@link
 * #close()} deletes the temporary files, also when the export failed.
 */
final class CocoJsonFile implements AutoCloseable {

  private final ExportContext context;
  private final String path;
  private final ObjectNode head;
  private final JsonSpool images;
  private final JsonSpool annotations;

  /**
   * Creates the spools of a file.
   *
   * @param context the release, options, sink and mapper
   * @param path the file's path
   * @param head the fields that come before {@code images}
   * @throws UncheckedIOException if a temporary file cannot be created
   */
  CocoJsonFile(ExportContext context, String path, ObjectNode head) {
    this.context = context;
    this.path = path;
    this.head = head;
    try {
      this.images = new JsonSpool(context.mapper());
      try {
        this.annotations = new JsonSpool(context.mapper());
      } catch (IOException | RuntimeException ex) {
        this.images.close();
        throw ex;
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not create a temporary file for " + path, ex);
    }
  }

  /**
   * A new, empty object node of the file's mapper, for an entry.
   *
   * @return the node
   */
  ObjectNode newObject() {
    return this.context.mapper().createObjectNode();
  }

  /**
   * Appends an entry to {@code images}.
   *
   * @param image the entry
   */
  void addImage(JsonNode image) {
    add(this.images, image);
  }

  /**
   * Appends an entry to {@code annotations}.
   *
   * @param annotation the entry
   */
  void addAnnotation(JsonNode annotation) {
    add(this.annotations, annotation);
  }

  private void add(JsonSpool spool, JsonNode entry) {
    try {
      spool.add(entry);
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not spool an entry of " + this.path, ex);
    }
  }

  /** Writes the file to the sink. */
  void finish() {
    this.context.write(this.path, this::writeTo);
  }

  private void writeTo(OutputStream out) throws IOException {
    ObjectMapper mapper = this.context.mapper();
    try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      for (Map.Entry<String, JsonNode> field : this.head.properties()) {
        json.writeFieldName(field.getKey());
        mapper.writeTree(json, field.getValue());
      }
      copyArray(json, out, "images", this.images);
      copyArray(json, out, "annotations", this.annotations);
      json.writeEndObject();
    }
  }

  private static void copyArray(JsonGenerator json, OutputStream out, String name, JsonSpool spool)
      throws IOException {
    json.writeArrayFieldStart(name);
    json.flush();
    spool.copyElementsTo(out);
    json.writeEndArray();
  }

  /** Deletes the temporary files. */
  @Override
  public void close() {
    try {
      try {
        this.images.close();
      } finally {
        this.annotations.close();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not delete a temporary file of " + this.path, ex);
    }
  }
}
