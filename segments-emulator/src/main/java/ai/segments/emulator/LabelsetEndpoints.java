package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Labelsets of a dataset; {@code ground-truth} cannot be deleted. */
final class LabelsetEndpoints extends NamedChildEndpoints<StoredLabelset> {

  LabelsetEndpoints(EmulatorContext ctx) {
    super(ctx, "labelsets", "Labelset");
  }

  @Override
  Map<String, StoredLabelset> items(StoredDataset dataset) {
    return dataset.labelsets;
  }

  @Override
  JsonNode render(StoredLabelset labelset) {
    return ctx.views.labelset(labelset);
  }

  @Override
  StoredLabelset newItem(StoredDataset dataset, String name, JsonNode body) {
    return new StoredLabelset(
        name, Json.text(body, "description", ""), false, ctx.store.clock.next());
  }

  /** Removes the labelset and its labels; the ground-truth labelset stays (400). */
  @Override
  void remove(StoredDataset dataset, String name) {
    if (dataset.labelsets.get(name).groundTruth()) {
      throw ApiException.badRequest("The ground-truth labelset cannot be deleted.");
    }
    dataset.labelsets.remove(name);
    dataset.samples.values().forEach(s -> s.labels.remove(name));
  }
}
