package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.json.SegmentsJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streamed COCO-like JSON file: the same bytes the mapper writes for the whole tree, and its
 * spool files deleted whether the file was finished or not.
 */
class CocoJsonFileTest {

  private final ObjectMapper mapper = SegmentsJson.objectMapper(false);
  private final Map<String, ByteArrayOutputStream> written = new LinkedHashMap<>();
  private final ExportContext context =
      new ExportContext(null, "ground-truth", ExportOptions.defaults(), this::open, this.mapper);

  @Test
  void theStreamedFileHasTheBytesOfTheWholeTree() throws IOException {
    ObjectNode root = this.mapper.createObjectNode();
    root.putObject("info").put("description", "fleurs \"é\"\n").put("version", "v1");
    root.putArray("categories").addObject().put("id", 1).putNull("attributes");
    ArrayNode images = root.putArray("images");
    ArrayNode annotations = root.putArray("annotations");
    for (int i = 1; i <= 3; i++) {
      images.addObject().put("id", i).put("file_name", "a\\b" + i).putNull("height");
      ObjectNode annotation = annotations.addObject().put("id", i).put("image_id", i);
      annotation.putArray("bbox").add(1.0).add(1e20).add(3L).add(0.1 + 0.2);
      annotation.set("category_id", null);
    }
    ObjectNode head = this.mapper.createObjectNode();
    head.set("info", root.get("info"));
    head.set("categories", root.get("categories"));
    List<Path> before = spools();

    try (CocoJsonFile file = new CocoJsonFile(this.context, "export.json", head)) {
      images.forEach(file::addImage);
      annotations.forEach(file::addAnnotation);
      file.finish();
    }

    assertThat(this.written.get("export.json").toByteArray())
        .isEqualTo(this.mapper.writeValueAsBytes(root));
    assertThat(spools()).isEqualTo(before);
  }

  @Test
  void emptyArraysAreWrittenEmpty() throws IOException {
    ObjectNode head = this.mapper.createObjectNode();

    try (CocoJsonFile file = new CocoJsonFile(this.context, "export.json", head)) {
      file.finish();
    }

    assertThat(this.written.get("export.json").toString("UTF-8"))
        .isEqualTo("{\"images\":[],\"annotations\":[]}");
  }

  @Test
  void aFileClosedUnfinishedWritesNothingAndLeavesNoSpool() throws IOException {
    List<Path> before = spools();

    try (CocoJsonFile file =
        new CocoJsonFile(this.context, "export.json", this.mapper.createObjectNode())) {
      file.addImage(this.mapper.createObjectNode().put("id", 1));
      file.addAnnotation(this.mapper.createObjectNode().put("id", 1));
      assertThat(spools()).hasSize(before.size() + 2);
    }

    assertThat(this.written).isEmpty();
    assertThat(spools()).isEqualTo(before);
  }

  private OutputStream open(String path) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    this.written.put(path, out);
    return out;
  }

  private static List<Path> spools() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(file -> file.getFileName().toString().startsWith(JsonSpool.FILE_PREFIX))
          .sorted()
          .toList();
    }
  }
}
