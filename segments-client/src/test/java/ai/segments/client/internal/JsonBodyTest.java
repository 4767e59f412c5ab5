package ai.segments.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.Patch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  private final ObjectMapper mapper = SegmentsJson.objectMapper(true);

  @Test
  void keepsAbsentValuedAndNullKeysApart() {
    ObjectNode body =
        JsonBody.with(this.mapper)
            .put("name", "violet.jpg")
            .put("readme", null)
            .putIfNotNull("priority", null)
            .patch("metadata", Patch.of(Map.of("weather", "sunny")))
            .node();

    assertThat(body.toString())
        .isEqualTo(
            "{\"name\":\"violet.jpg\",\"readme\":null,\"metadata\":{\"weather\":\"sunny\"}}");
  }

  @Test
  void jsonTreesAreCopiedSoTheCallersTreeNeverChanges() {
    ObjectNode attributes = this.mapper.createObjectNode();
    attributes.putObject("image").put("url", "https://example.com/violet.jpg");

    ObjectNode body = JsonBody.with(this.mapper).put("attributes", attributes).node();
    ((ObjectNode) body.get("attributes")).remove("image");

    assertThat(attributes.toString())
        .isEqualTo("{\"image\":{\"url\":\"https://example.com/violet.jpg\"}}");
    assertThat(body.get("attributes")).isNotSameAs(attributes);
  }
}
