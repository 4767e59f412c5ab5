package ai.segments.integration.hostile;

import ai.segments.client.SegmentsClient;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import java.nio.file.Path;

/**
 * The child JVM of {@link ExportOverlapChildJvmTest}: exports releases of the parent's emulator
 * with a concurrency of 8, each into a directory of its own, and prints per release how the export
 * ended, then how many export threads are left. Exits 0 unless something unexpected happened.
 *
 * <p>Arguments: the API URL, the API key, the output directory, then per release {@code
 * <format>@<dataset>} (e.g. {@code coco-instance@jane/flowers}).
 */
final class ExportOverlapChild {

  private ExportOverlapChild() {}

  public static void main(String[] args) {
    System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    try (SegmentsClient client = SegmentsClient.builder().apiUrl(args[0]).apiKey(args[1]).build()) {
      for (int i = 3; i < args.length; i++) {
        Path out = Path.of(args[2], "export-" + i);
        String[] release = args[i].split("@", 2);
        long started = System.nanoTime();
        try {
          OverlapReleases.export(
              client,
              release[1],
              ExportFormat.fromValue(release[0]),
              ExportOptions.defaults().withConcurrency(8),
              out);
          System.out.println(
              "release "
                  + i
                  + " exported: "
                  + OverlapReleases.files(out).size()
                  + " files in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
        } catch (RuntimeException ex) {
          System.out.println(
              "release "
                  + i
                  + " failed: "
                  + ex.getClass().getSimpleName()
                  + ": "
                  + ex.getMessage());
        }
      }
    }
    long left =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().startsWith("segments-export-"))
            .count();
    System.out.println("export threads left: " + left);
    System.exit(0);
  }
}
