package ai.segments.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The demo data as a seed document: datasets of user {@value SegmentsEmulator#DEMO_USER} for seven
 * task types, 385 samples in varied label statuses with labels of the right shapes, an extra
 * labelset, issues with comments and anchors, and a release of each dataset that has an export
 * format (flowers, street-scenes, greenhouse-video). Deterministic (fixed random seeds).
 *
 * <p>Images, video frames and label bitmaps point at the emulator's own {@link DemoMediaEndpoints},
 * whose pictures are drawn from the same {@link DemoScene} as the boxes and segmentation labels
 * here, so every image-based label fits its image. Point-cloud URLs point at an unreachable
 * placeholder host: no export format reads them.
 */
final class DemoSeed {

  private static final String OWNER = SegmentsEmulator.DEMO_USER;
  private static final String POINT_CLOUDS = "https://segments-demo.example.com/";
  private static final int SEQUENCE_FRAMES = 5;
  private static final int SENSOR_FRAMES = 3;
  private static final List<String> STATUSES =
      List.of(
          "",
          "",
          "PRELABELED",
          "LABELING_IN_PROGRESS",
          "LABELED",
          "LABELED",
          "REVIEWED",
          "REVIEWED",
          "REJECTED",
          "SKIPPED",
          "REVIEWING_IN_PROGRESS",
          "VERIFIED");
  private static final List<String> WEATHER = List.of("sunny", "cloudy", "rain", "fog");

  private final Random random = new Random(42);
  private final String baseUrl;

  private DemoSeed(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The demo seed document.
   *
   * @param baseUrl the emulator's base URL with a trailing slash, for the media URLs
   * @return the document
   */
  static ObjectNode document(String baseUrl) {
    return new DemoSeed(baseUrl).build();
  }

  private ObjectNode build() {
    ObjectNode doc = Json.object();
    ArrayNode datasets = doc.putArray("datasets");
    datasets.add(
        withRelease(
            dataset(
                "street-scenes", "segmentation-bitmap", "street_scenery", 120, this::bitmapLabel)));
    ObjectNode flowers = dataset("flowers", "vector", "garden", 100, this::vectorLabel);
    addPredictions(flowers);
    addIssues(flowers, "location");
    datasets.add(withRelease(flowers));
    datasets.add(
        withRelease(
            dataset("greenhouse-video", "image-vector-sequence", "garden", 30, this::videoLabel)));
    datasets.add(
        dataset("lidar-frames", "pointcloud-cuboid", "street_scenery", 60, this::cuboidLabel));
    ObjectNode scenes =
        dataset(
            "lidar-scenes", "pointcloud-cuboid-sequence", "street_scenery", 20, this::sceneLabel);
    addIssues(scenes, "track");
    datasets.add(scenes);
    datasets.add(
        dataset(
            "lidar-segmentation", "pointcloud-segmentation", "street_scenery", 40, this::pcsLabel));
    datasets.add(
        dataset("multisensor-drives", "multisensor-sequence", "street_scenery", 15, this::msLabel));
    return doc;
  }

  private static ObjectNode withRelease(ObjectNode dataset) {
    dataset.putArray("releases").addObject().put("name", "v1.0").put("description", "First cut.");
    return dataset;
  }

  private ObjectNode dataset(
      String name,
      String taskType,
      String category,
      int count,
      BiFunction<String, Integer, ObjectNode> label) {
    ObjectNode dataset =
        Json.object()
            .put("owner", OWNER)
            .put("name", name)
            .put("description", "Demo " + taskType + " dataset.")
            .put("task_type", taskType)
            .put("category", category);
    dataset.set("task_attributes", taskAttributes(taskType));
    dataset.putObject("metadata").put("source", "segments-emulator demo");
    ArrayNode samples = dataset.putArray("samples");
    for (int i = 0; i < count; i++) {
      ObjectNode sample = samples.addObject().put("name", String.format("%s-%04d", name, i));
      sample.set("attributes", sampleAttributes(taskType, name, i));
      sample
          .putObject("metadata")
          .put("weather", WEATHER.get(i % WEATHER.size()))
          .put("index", i)
          .put("split", i % 5 == 0 ? "val" : "train");
      sample.put("priority", random.nextInt(10));
      String status = STATUSES.get(random.nextInt(STATUSES.size()));
      if (!status.isEmpty()) {
        ObjectNode gt = label.apply(name, i).put("label_status", status);
        sample.putObject("labels").set(StoredLabelset.GROUND_TRUTH, gt);
      }
    }
    return dataset;
  }

  private static ObjectNode taskAttributes(String taskType) {
    ObjectNode attributes = Json.object().put("format_version", "0.1");
    ArrayNode categories = attributes.putArray("categories");
    List<String> names =
        taskType.startsWith("pointcloud") || taskType.startsWith("multisensor")
            ? List.of("car", "pedestrian", "cyclist")
            : List.of("object", "person", "plant");
    for (int i = 0; i < names.size(); i++) {
      categories.addObject().put("name", names.get(i)).put("id", i + 1);
    }
    return attributes;
  }

  private ObjectNode sampleAttributes(String taskType, String dataset, int index) {
    String base = POINT_CLOUDS + dataset + "/" + index;
    if (taskType.equals("multisensor-sequence")) {
      ObjectNode attributes = Json.object();
      ArrayNode sensors = attributes.putArray("sensors");
      sensors.add(
          sensor("Lidar", "pointcloud-cuboid-sequence", pointcloudFrames(base, SENSOR_FRAMES)));
      sensors.add(
          sensor(
              "Camera front", "image-vector-sequence", imageFrames(dataset, index, SENSOR_FRAMES)));
      return attributes;
    }
    if (taskType.endsWith("-sequence")) {
      return taskType.startsWith("pointcloud")
          ? pointcloudFrames(base, SEQUENCE_FRAMES)
          : imageFrames(dataset, index, SEQUENCE_FRAMES);
    }
    return taskType.startsWith("pointcloud")
        ? pointcloud(base + ".pcd")
        : image(DemoMediaEndpoints.imageUrl(baseUrl, dataset, index));
  }

  private static ObjectNode sensor(String name, String taskType, ObjectNode attributes) {
    ObjectNode sensor = Json.object().put("name", name).put("task_type", taskType);
    sensor.set("attributes", attributes);
    return sensor;
  }

  private static ObjectNode image(String url) {
    ObjectNode node = Json.object();
    node.putObject("image").put("url", url);
    return node;
  }

  private static ObjectNode pointcloud(String url) {
    ObjectNode node = Json.object();
    node.putObject("pcd").put("url", url).put("type", "pcd");
    node.putArray("images");
    ObjectNode pose = node.putObject("ego_pose");
    pose.putObject("position").put("x", 0.0).put("y", 0.0).put("z", 0.0);
    pose.putObject("heading").put("qx", 0.0).put("qy", 0.0).put("qz", 0.0).put("qw", 1.0);
    return node.put("default_z", -1.6);
  }

  private ObjectNode imageFrames(String dataset, int index, int count) {
    return frames(
        count,
        f ->
            image(DemoMediaEndpoints.frameUrl(baseUrl, dataset, index, f))
                .put("name", "frame-" + f));
  }

  private static ObjectNode pointcloudFrames(String base, int count) {
    return frames(count, f -> pointcloud(base + "/frame-" + f + ".pcd").put("name", "frame-" + f));
  }

  private static ObjectNode frames(int count, IntFunction<ObjectNode> frame) {
    ObjectNode node = Json.object();
    ArrayNode frames = node.putArray("frames");
    for (int f = 0; f < count; f++) {
      frames.add(frame.apply(f).put("timestamp", 1_714_655_000_000_000_000L + f * 100_000_000L));
    }
    return node;
  }

  private ObjectNode labelWith(ObjectNode attributes) {
    ObjectNode label = Json.object();
    label.set("attributes", attributes.put("format_version", "0.1"));
    return label;
  }

  private ObjectNode annotations(IntFunction<ObjectNode> annotation) {
    ObjectNode attributes = Json.object();
    ArrayNode list = attributes.putArray("annotations");
    int count = 1 + random.nextInt(3);
    for (int id = 1; id <= count; id++) {
      list.add(annotation.apply(id).put("id", id).put("category_id", 1 + random.nextInt(3)));
    }
    return attributes;
  }

  /** The annotations of a scene's shapes: their instance ids and categories, with extra fields. */
  private static ObjectNode sceneAnnotations(
      DemoScene scene, Function<DemoShape, ObjectNode> extra) {
    ObjectNode attributes = Json.object();
    ArrayNode list = attributes.putArray("annotations");
    for (DemoShape shape : scene.shapes()) {
      list.add(extra.apply(shape).put("id", shape.id()).put("category_id", shape.categoryId()));
    }
    return attributes;
  }

  private ObjectNode bitmapLabel(String dataset, int index) {
    ObjectNode attributes =
        sceneAnnotations(DemoScene.of(dataset, index, 0), shape -> Json.object());
    attributes
        .putObject("segmentation_bitmap")
        .put("url", DemoMediaEndpoints.bitmapUrl(baseUrl, dataset, index));
    return labelWith(attributes);
  }

  /** The box around a shape, tracked by its instance id. */
  private static ObjectNode box(DemoShape shape) {
    ObjectNode box = Json.object().put("type", "bbox");
    ArrayNode points = box.putArray("points");
    points.addArray().add(shape.x()).add(shape.y());
    points.addArray().add(shape.x() + shape.width()).add(shape.y() + shape.height());
    return box.put("track_id", shape.id());
  }

  private static ObjectNode boxes(String dataset, int index, int frame) {
    return sceneAnnotations(DemoScene.of(dataset, index, frame), DemoSeed::box);
  }

  private ObjectNode vectorLabel(String dataset, int index) {
    return labelWith(boxes(dataset, index, 0));
  }

  private ObjectNode cuboid(int id) {
    ObjectNode cuboid = Json.object().put("type", "cuboid");
    cuboid
        .putObject("position")
        .put("x", random.nextInt(40) - 20.0)
        .put("y", random.nextInt(40) - 20.0)
        .put("z", 0.8);
    cuboid.putObject("dimensions").put("x", 4.5).put("y", 1.9).put("z", 1.6);
    return cuboid.put("yaw", Math.round(random.nextDouble() * 314) / 100.0).put("track_id", id);
  }

  private ObjectNode cuboidLabel(String dataset, int index) {
    return labelWith(annotations(this::cuboid));
  }

  private ObjectNode pcsLabel(String dataset, int index) {
    ObjectNode attributes = annotations(id -> Json.object());
    ArrayNode points = attributes.putArray("point_annotations");
    for (int p = 0; p < 64; p++) {
      points.add(random.nextInt(attributes.get("annotations").size() + 1));
    }
    return labelWith(attributes);
  }

  /** A sequence label: the annotations of each frame, keyframes in the first. */
  private static ObjectNode sequence(int frameCount, IntFunction<ObjectNode> frameAnnotations) {
    ObjectNode attributes = Json.object();
    ArrayNode frames = attributes.putArray("frames");
    for (int f = 0; f < frameCount; f++) {
      ObjectNode frame = frameAnnotations.apply(f).put("format_version", "0.1");
      int keyframe = f;
      frame.get("annotations").forEach(a -> ((ObjectNode) a).put("is_keyframe", keyframe == 0));
      frames.add(frame.put("timestamp", 1_714_655_000_000_000_000L + f * 100_000_000L));
    }
    return attributes;
  }

  private ObjectNode videoLabel(String dataset, int index) {
    return labelWith(sequence(SEQUENCE_FRAMES, f -> boxes(dataset, index, f)));
  }

  private ObjectNode sceneLabel(String dataset, int index) {
    return labelWith(sequence(SEQUENCE_FRAMES, f -> annotations(this::cuboid)));
  }

  private ObjectNode msLabel(String dataset, int index) {
    ObjectNode attributes = Json.object();
    ArrayNode sensors = attributes.putArray("sensors");
    sensors.add(
        sensor(
            "Lidar",
            "pointcloud-cuboid-sequence",
            sequence(SENSOR_FRAMES, f -> annotations(this::cuboid))));
    sensors.add(
        sensor(
            "Camera front",
            "image-vector-sequence",
            sequence(SENSOR_FRAMES, f -> boxes(dataset, index, f))));
    attributes.putArray("links");
    return labelWith(attributes);
  }

  private void addPredictions(ObjectNode dataset) {
    dataset
        .putArray("labelsets")
        .addObject()
        .put("name", "predictions")
        .put("description", "Predictions of the demo model.");
    String name = dataset.get("name").asText();
    ArrayNode samples = (ArrayNode) dataset.get("samples");
    for (int i = 0; i < samples.size(); i++) {
      ObjectNode labels = ((ObjectNode) samples.get(i)).withObjectProperty("labels");
      ObjectNode prediction = vectorLabel(name, i).put("label_status", "PRELABELED");
      labels.set("predictions", prediction.put("score", random.nextInt(100) / 100.0));
    }
  }

  private void addIssues(ObjectNode dataset, String anchorType) {
    ArrayNode samples = (ArrayNode) dataset.get("samples");
    for (int i = 0; i < samples.size(); i += 7) {
      ObjectNode issue =
          ((ObjectNode) samples.get(i))
              .putArray("issues")
              .addObject()
              .put("description", "Please check annotation " + (i % 3 + 1) + ".")
              .put("status", i % 2 == 0 ? "OPEN" : "CLOSED");
      ObjectNode anchor = issue.putObject("anchor").put("type", anchorType);
      if (anchorType.equals("track")) {
        anchor.put("trackNumber", 1).put("frame", 2).put("sensor", "Lidar");
      } else {
        anchor.putObject("location").put("type", "2d").put("x", 120.5).put("y", 88.0);
      }
      issue.putArray("comments").addObject().put("text", "Looking into it.");
    }
  }
}
