package ai.segments.sample;

import java.util.List;
import java.util.Map;

/** The export formats the sample app offers for each demo release, in the order it lists them. */
final class DemoReleaseFormats {

  /** Per release ({@code "<dataset> <release>"}), its formats. */
  static final Map<String, List<String>> BY_RELEASE =
      Map.of(
          "demo/flowers v1.0", List.of("coco-instance", "yolo"),
          "demo/greenhouse-video v1.0", List.of("yolo"),
          "demo/street-scenes v1.0",
              List.of(
                  "coco-panoptic",
                  "coco-instance",
                  "instance",
                  "instance-color",
                  "semantic",
                  "semantic-color",
                  "polygon"));

  private DemoReleaseFormats() {}
}
