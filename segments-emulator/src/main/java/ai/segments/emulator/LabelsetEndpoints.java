package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Labelsets of a dataset; {@code ground-truth} cannot be deleted. */
final class LabelsetResource extends NamedChildResource<Labelset> {

  LabelsetResource(EmulatorContext ctx) {
    super(ctx, "labelsets", "Labelset");
  }

  @Override
  Map<String, Labelset> items(Dataset dataset) {
    return dataset.labelsets;
  }

  @Override
  JsonNode render(Labelset labelset) {
    return ctx.views.labelset(labelset);
  }

  @Override
  Labelset newItem(Dataset dataset, String name, JsonNode body) {
    return new Labelset(name, Json.text(body, "description", ""), false, ctx.store.clock.next());
  }

  /** Removes the labelset and its labels; the ground-truth labelset stays (400). */
  @Override
  void remove(Dataset dataset, String name) {
    if (dataset.labelsets.get(name).groundTruth()) {
      throw ApiException.badRequest("The ground-truth labelset cannot be deleted.");
    }
    dataset.labelsets.remove(name);
    dataset.samples.values().forEach(s -> s.labels.remove(name));
  }
}
