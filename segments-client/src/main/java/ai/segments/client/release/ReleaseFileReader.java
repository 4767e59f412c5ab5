package ai.segments.client.release;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.SegmentsDatasetCategory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a release file with Jackson's streaming parser: the header in one pass that skips the
 * samples, and the samples one at a time, so a file of any size is never held in memory.
 */
final class ReleaseFileReader {

  private final ObjectMapper mapper;
  private final Path file;

  ReleaseFileReader(ObjectMapper mapper, Path file) {
    this.mapper = mapper;
    this.file = file;
  }

  /** Reads everything but the samples, counting them. */
  ReleaseHeader header() {
    try (JsonParser parser = this.mapper.createParser(this.file.toFile())) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      String name = null;
      String description = null;
      String createdAt = null;
      ObjectNode dataset = this.mapper.createObjectNode();
      long samples = 0;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "name" -> name = parser.getValueAsString();
          case "description" -> description = parser.getValueAsString();
          case "created_at" -> createdAt = parser.getValueAsString();
          case "dataset" -> samples = readDatasetHeader(parser, value, dataset);
          default -> parser.skipChildren();
        }
      }
      return new ReleaseHeader(
          name,
          description,
          createdAt,
          dataset.path("owner").asText(null),
          dataset.path("name").asText(null),
          dataset.path("task_type").asText(null),
          dataset.path("task_attributes"),
          categories(dataset.path("task_attributes").path("categories")),
          labelsetNames(dataset.path("labelsets")),
          samples);
    } catch (IOException ex) {
      throw malformed(ex);
    }
  }

  private long readDatasetHeader(JsonParser parser, JsonToken start, ObjectNode dataset)
      throws IOException {
    expect(start, JsonToken.START_OBJECT);
    long samples = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("samples") && value == JsonToken.START_ARRAY) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          parser.skipChildren();
          samples++;
        }
      } else {
        dataset.set(field, this.mapper.readTree(parser));
      }
    }
    return samples;
  }

  private List<SegmentsDatasetCategory> categories(JsonNode categories) throws IOException {
    List<SegmentsDatasetCategory> result = new ArrayList<>();
    for (JsonNode category : categories) {
      result.add(this.mapper.treeToValue(category, SegmentsDatasetCategory.class));
    }
    return result;
  }

  private static List<String> labelsetNames(JsonNode labelsets) {
    List<String> names = new ArrayList<>();
    labelsets.forEach(labelset -> names.add(labelset.path("name").asText()));
    return names;
  }

  /**
   * The samples, parsed one at a time; the caller closes the returned iterator's parser through
   * {@link SampleCursor#close()}.
   */
  SampleCursor samples() {
    try {
      JsonParser parser = this.mapper.createParser(this.file.toFile());
      try {
        seekSamples(parser);
        return new SampleCursor(parser);
      } catch (IOException | RuntimeException ex) {
        parser.close();
        throw ex;
      }
    } catch (IOException ex) {
      throw malformed(ex);
    }
  }

  private static void seekSamples(JsonParser parser) throws IOException {
    expect(parser.nextToken(), JsonToken.START_OBJECT);
    if (seekField(parser, "dataset") == JsonToken.START_OBJECT
        && seekField(parser, "samples") == JsonToken.START_ARRAY) {
      return;
    }
    throw new IOException("the release file has no dataset.samples array");
  }

  /** Moves to the value of a field of the current object, skipping the others. */
  private static JsonToken seekField(JsonParser parser, String name) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonToken value = parser.nextToken();
      if (name.equals(parser.currentName())) {
        return value;
      }
      parser.skipChildren();
    }
    return JsonToken.NOT_AVAILABLE;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual);
    }
  }

  static ValidationException malformed(IOException ex) {
    return new ValidationException(
        SegmentsOperation.RELEASE_DATASET.operationName()
            + ": the release file is not a readable release ("
            + ex.getMessage()
            + ")",
        ex,
        SegmentsErrorDetails.beforeRequest(SegmentsOperation.RELEASE_DATASET.operationName()));
  }

  /** The samples of one file, in file order, each a JSON object; close it to release the file. */
  final class SampleCursor implements Iterator<ObjectNode>, AutoCloseable {

    private final JsonParser parser;
    private ObjectNode next;
    private boolean done;

    private SampleCursor(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    public boolean hasNext() {
      if (this.next == null && !this.done) {
        try {
          JsonToken token = this.parser.nextToken();
          if (token == JsonToken.START_OBJECT) {
            this.next = mapper.readTree(this.parser);
          } else if (token == JsonToken.END_ARRAY) {
            this.done = true;
          } else {
            throw new IOException("a sample is not a JSON object but " + token);
          }
        } catch (IOException ex) {
          throw malformed(ex);
        }
      }
      return this.next != null;
    }

    @Override
    public ObjectNode next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ObjectNode sample = this.next;
      this.next = null;
      return sample;
    }

    @Override
    public void close() {
      try {
        this.parser.close();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }
}
