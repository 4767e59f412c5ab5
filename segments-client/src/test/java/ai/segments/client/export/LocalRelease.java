package ai.segments.client.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/** A release file written by a test, with names an API might send: one labelset, vector labels. */
final class LocalRelease {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode samples;
  private final String labelset;

  /**
   * Starts a release file.
   *
   * @param release the release name
   * @param taskType the dataset's task type, e.g. {@code vector}
   * @param labelset the one labelset
   */
  LocalRelease(String release, String taskType, String labelset) {
    this.labelset = labelset;
    this.root.put("name", release).put("description", "").put("created_at", "2026-01-05T10:00Z");
    ObjectNode dataset = this.root.putObject("dataset");
    dataset.put("name", "flowers").put("owner", "jane").put("task_type", taskType);
    dataset
        .putObject("task_attributes")
        .put("format_version", "0.1")
        .putArray("categories")
        .addObject()
        .put("name", "rose")
        .put("id", 1);
    dataset.putArray("labelsets").addObject().put("name", labelset).put("description", "");
    this.samples = dataset.putArray("samples");
  }

  /** Adds an image sample with one box, whose image URL ends in {@code .png}. */
  LocalRelease image(String name) {
    ObjectNode sample = sample(name);
    sample.putObject("attributes").putObject("image").put("url", "https://example.com/i.png");
    label(sample).set("annotations", boxes());
    return this;
  }

  /** Adds an image sequence sample with one box per frame and these frame names. */
  LocalRelease sequence(String name, String... frameNames) {
    ObjectNode sample = sample(name);
    ArrayNode frames = sample.putObject("attributes").putArray("frames");
    ArrayNode labelFrames = label(sample).putArray("frames");
    for (String frameName : frameNames) {
      frames
          .addObject()
          .put("name", frameName)
          .putObject("image")
          .put("url", "https://e.com/f.png");
      labelFrames.addObject().set("annotations", boxes());
    }
    return this;
  }

  /** The labelset. */
  String labelset() {
    return this.labelset;
  }

  /** Writes the file into a directory. */
  Path write(Path directory) throws IOException {
    Path file = directory.resolve("release-" + System.nanoTime() + ".json");
    JSON.writeValue(file.toFile(), this.root);
    return file;
  }

  private ObjectNode sample(String name) {
    return this.samples.addObject().put("uuid", "uuid-" + this.samples.size()).put("name", name);
  }

  private ObjectNode label(ObjectNode sample) {
    ObjectNode label = sample.putObject("labels").putObject(this.labelset);
    label.put("label_status", "LABELED");
    return label.putObject("attributes").put("format_version", "0.1");
  }

  private static ArrayNode boxes() {
    ArrayNode boxes = JSON.createArrayNode();
    ObjectNode box = boxes.addObject().put("id", 1).put("category_id", 1).put("type", "bbox");
    box.putArray("points")
        .add(JSON.createArrayNode().add(1).add(2))
        .add(JSON.createArrayNode().add(3).add(4));
    return boxes;
  }
}
