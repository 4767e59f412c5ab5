package ai.segments.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Asset;
import ai.segments.client.model.Collaborator;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.DeleteSamplesResponse;
import ai.segments.client.model.Issue;
import ai.segments.client.model.Label;
import ai.segments.client.model.LabelSummary;
import ai.segments.client.model.Labelset;
import ai.segments.client.model.Release;
import ai.segments.client.model.Sample;
import ai.segments.client.model.User;
import ai.segments.client.model.WebhookEvent;
import ai.segments.client.model.Workunit;
import ai.segments.testfixtures.ApiExamples;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example payload of the API reference in {@code src/test/resources/examples} parses with the
 * strict mapper into its model; a new example whose name maps to no model fails this test.
 */
class ExamplePayloadsParseStrictlyTest {

  /** Model of each example, by file name prefix (the longest matching prefix wins). */
  private static final Map<String, JavaType> MODELS = new LinkedHashMap<>();

  static {
    MODELS.put("collaborator", type(Collaborator.class));
    MODELS.put("dataset", type(Dataset.class));
    MODELS.put("delete-samples-response", type(DeleteSamplesResponse.class));
    MODELS.put("file-upload", type(Asset.class));
    MODELS.put("issue", type(Issue.class));
    MODELS.put(
        "issues-list",
        ExampleFiles.STRICT.getTypeFactory().constructCollectionType(List.class, Issue.class));
    MODELS.put("label-summary", type(LabelSummary.class));
    MODELS.put("label-", type(Label.class));
    MODELS.put("labelset", type(Labelset.class));
    MODELS.put("release", type(Release.class));
    MODELS.put("sample", type(Sample.class));
    MODELS.put("user", type(User.class));
    MODELS.put("webhook-", type(WebhookEvent.class));
    MODELS.put("workunit", type(Workunit.class));
  }

  /** Examples that are no API model: error bodies and the webhook signature test vector. */
  private static boolean isModel(String file) {
    return !file.startsWith("error-") && !file.equals("webhook-signature-test-vector.json");
  }

  static List<String> examples() {
    return ApiExamples.names().stream()
        .filter(name -> name.endsWith(".json") && isModel(name))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void parsesStrictly(String file) throws IOException {
    JavaType model =
        MODELS.entrySet().stream()
            .filter(entry -> file.startsWith(entry.getKey()))
            .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
            .map(Map.Entry::getValue)
            .orElseThrow(() -> new AssertionError("No model for example " + file));

    Object parsed = ExampleFiles.STRICT.readValue(ExampleFiles.text(file), model);

    assertThat(parsed).isNotNull();
  }

  private static JavaType type(Class<?> model) {
    return ExampleFiles.STRICT.constructType(model);
  }
}
