package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a seed document (the seed-file format documented in the module README): {@code users} (with
 * API keys, organizations and members) and {@code datasets} (with collaborators, labelsets,
 * samples, labels, issues with comments, and releases). Everything goes through the same code as
 * the API, so the same validation applies.
 */
final class SeedLoader {

  private final EmulatorContext ctx;
  private final Api api;

  SeedLoader(EmulatorContext ctx, Api api) {
    this.ctx = ctx;
    this.api = api;
  }

  void load(URL file) {
    try (InputStream in = file.openStream()) {
      load(Json.read(in));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read seed file " + file + ": " + e.getMessage(), e);
    }
  }

  void load(JsonNode document) {
    for (JsonNode user : document.path("users")) {
      String name = user.path("username").asText();
      StoredAccount account =
          ctx.store.user(
              name,
              Json.text(user, "email", null),
              Json.bool(user, "organization", false),
              Json.text(user, "created_by", null));
      keys(user).forEach(key -> ctx.store.addApiKey(account, key));
    }
    for (JsonNode user : document.path("users")) {
      for (JsonNode member : user.path("members")) {
        StoredAccount org = ctx.store.user(user.path("username").asText()).orElseThrow();
        String username = member.path("username").asText();
        ctx.store.user(username).orElseThrow(() -> invalid("unknown member " + username, null));
        org.members().put(username, Json.text(member, "role", Access.LABELER));
      }
    }
    for (JsonNode dataset : document.path("datasets")) {
      try {
        dataset(dataset);
      } catch (ApiException e) {
        throw invalid("dataset " + dataset.path("name").asText() + ": " + e.body(), e);
      }
    }
  }

  private static List<String> keys(JsonNode user) {
    List<String> keys = new ArrayList<>();
    if (user.hasNonNull("api_key")) {
      keys.add(user.get("api_key").asText());
    }
    user.path("api_keys").forEach(k -> keys.add(k.asText()));
    return keys;
  }

  private static IllegalArgumentException invalid(String message, Exception cause) {
    return new IllegalArgumentException("Invalid seed: " + message, cause);
  }

  private void dataset(JsonNode node) {
    String owner = Json.requiredText(node, "owner");
    ctx.store.user(owner).orElseThrow(() -> invalid("unknown owner " + owner, null));
    StoredDataset dataset = api.datasets.create(owner, node, null);
    synchronized (dataset) {
      node.path("labelsets").forEach(l -> api.labelsets.add(dataset, l));
      node.path("collaborators")
          .forEach(
              c ->
                  api.collaborators.add(
                      dataset, c.path("username").asText(), Json.text(c, "role", Access.LABELER)));
      for (JsonNode sample : node.path("samples")) {
        sample(dataset, sample, owner);
      }
      for (JsonNode release : node.path("releases")) {
        StoredRelease created = api.releases.add(dataset, release);
        api.releases.complete(dataset, created, api.releases.file(dataset, created));
      }
    }
  }

  private void sample(StoredDataset dataset, JsonNode node, String owner) {
    StoredSample sample =
        api.samples.newSample(dataset, node, Json.text(node, "created_by", owner));
    if (dataset.samples.containsKey(sample.name)) {
      throw ApiException.badRequest("duplicate sample name '" + sample.name + "'");
    }
    api.samples.insert(dataset, sample);
    node.path("labels")
        .properties()
        .forEach(
            e -> {
              if (!dataset.labelsets.containsKey(e.getKey())) {
                throw ApiException.badRequest("unknown labelset '" + e.getKey() + "'");
              }
              api.labels.put(
                  sample, e.getKey(), e.getValue(), Json.text(e.getValue(), "created_by", owner));
            });
    for (JsonNode issue : node.path("issues")) {
      StoredIssue created = api.issues.add(sample, issue, Json.text(issue, "created_by", owner));
      issue
          .path("comments")
          .forEach(
              c ->
                  created.comments.add(
                      new StoredIssue.Comment(
                          ctx.store.clock.next(),
                          Json.text(c, "created_by", owner),
                          Json.text(c, "text", ""))));
    }
  }
}
