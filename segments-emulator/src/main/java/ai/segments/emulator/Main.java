package ai.segments.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standalone emulator: {@code java -jar segments-emulator-standalone.jar [options]}.
 *
 * <pre>
 * --port N            port on 127.0.0.1 (default 18080; 0 picks a free one)
 * --seed demo|none    seed data (default demo)
 * --seed-file FILE    JSON seed file (format in the module README); repeatable
 * --api-key KEY       add this API key, for --user (default: the demo user)
 * --user NAME         the user the --api-key belongs to (created if needed)
 * --minimum-lib-version V   answer api_status with 426 for older lib_version values
 * --rate-limit N/PERIOD     at most N requests per PERIOD per user (s, min, h, 10s, 500ms),
 *                           counted as the real API does (Django REST framework) by default
 * --rate-limit-model M      how --rate-limit counts: drf (default), fixed-window, token-bucket
 * --rate-limit-burst B      the token bucket's size (default N; implies token-bucket)
 * --rate-limit-scope OPERATION=N/PERIOD  also at most N requests of that operation per PERIOD
 *                           per user (DRF's scoped throttle); repeatable
 * --max-body-size SIZE      largest request body as sent (default 32MB; bytes, or KB/MB/GB)
 * --max-decoded-body-size SIZE  largest gzip request body once gunzipped (default 32MB)
 * </pre>
 *
 * <p>Bodies beyond either size are answered with 413; sizes count binary units (1KB = 1024 bytes).
 *
 * <p>Prints {@code Segments emulator listening on http://127.0.0.1:<port>/} once ready and stops
 * cleanly on SIGTERM.
 */
public final class Main {

  private static final Map<String, Long> SIZE_UNITS =
      Map.of("KB", 1L << 10, "MB", 1L << 20, "GB", 1L << 30);

  /** The default port of the standalone emulator. */
  public static final int DEFAULT_PORT = 18080;

  private Main() {}

  /**
   * Starts the emulator; exits with status 2 on invalid arguments.
   *
   * @param args the command-line options
   */
  public static void main(String[] args) {
    SegmentsEmulator emulator;
    try {
      emulator = parse(List.of(args)).build().start();
    } catch (IllegalArgumentException e) {
      usage(System.err, e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop, "segments-emulator-shutdown"));
    System.out.println("Segments emulator listening on " + emulator.baseUrl());
    System.out.flush();
  }

  /**
   * Parses the command line into a builder.
   *
   * @param args the options
   * @return the configured builder
   * @throws IllegalArgumentException on an unknown option or a missing value
   */
  static SegmentsEmulator.Builder parse(List<String> args) {
    SegmentsEmulator.Builder builder = SegmentsEmulator.builder().port(DEFAULT_PORT);
    String apiKey = null;
    String user = SegmentsEmulator.DEMO_USER;
    RateLimitOption rateLimit = null;
    RateLimitModel model = null;
    Integer burst = null;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException("");
      }
      String value = i + 1 < args.size() ? args.get(++i) : null;
      if (value == null) {
        throw new IllegalArgumentException("Missing value for " + option);
      }
      switch (option) {
        case "--port" -> builder.port(integer(value, "port"));
        case "--seed" -> builder.seed(seed(value));
        case "--seed-file" -> builder.seedFile(Path.of(value));
        case "--api-key" -> apiKey = value;
        case "--user" -> user = value;
        case "--minimum-lib-version" -> builder.minimumLibVersion(value);
        case "--rate-limit" -> rateLimit = RateLimitOption.parse(option, value);
        case "--rate-limit-model" -> model = model(value);
        case "--rate-limit-burst" -> burst = integer(value, "burst");
        case "--rate-limit-scope" -> scope(builder, value);
        case "--max-body-size" -> builder.maxBodySize(size(value, option));
        case "--max-decoded-body-size" -> builder.maxDecodedBodySize(size(value, option));
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    if (apiKey != null) {
      builder.user(user, apiKey);
    }
    applyRateLimit(builder, rateLimit, model, burst);
    return builder;
  }

  private static void applyRateLimit(
      SegmentsEmulator.Builder builder,
      RateLimitOption rateLimit,
      RateLimitModel model,
      Integer burst) {
    if (rateLimit == null) {
      if (model != null || burst != null) {
        throw new IllegalArgumentException(
            (model != null ? "--rate-limit-model" : "--rate-limit-burst") + " needs --rate-limit");
      }
      return;
    }
    if (burst != null) {
      if (model != null && model != RateLimitModel.TOKEN_BUCKET) {
        throw new IllegalArgumentException(
            "--rate-limit-burst is the token bucket's size: it needs --rate-limit-model"
                + " token-bucket, not "
                + model.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      builder.tokenBucketRateLimit(rateLimit.requests(), rateLimit.period(), burst);
      return;
    }
    builder.rateLimit(
        model == null ? RateLimitModel.DRF : model, rateLimit.requests(), rateLimit.period());
  }

  private static RateLimitModel model(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "drf" -> RateLimitModel.DRF;
      case "fixed-window" -> RateLimitModel.FIXED_WINDOW;
      case "token-bucket" -> RateLimitModel.TOKEN_BUCKET;
      default ->
          throw new IllegalArgumentException(
              "--rate-limit-model must be drf, fixed-window or token-bucket, not " + value);
    };
  }

  /** {@code OPERATION=N/PERIOD}: a scoped limit on one operation. */
  private static void scope(SegmentsEmulator.Builder builder, String value) {
    int equals = value.indexOf('=');
    if (equals < 1) {
      throw new IllegalArgumentException(
          "--rate-limit-scope must look like getSamples=10/s, not " + value);
    }
    RateLimitOption rate = RateLimitOption.parse("--rate-limit-scope", value.substring(equals + 1));
    builder.rateLimitScope(value.substring(0, equals).strip(), rate.requests(), rate.period());
  }

  private static int integer(String value, String what) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a " + what + " number: " + value, e);
    }
  }

  /** A size in bytes, or with a KB, MB or GB suffix (binary units). */
  private static int size(String value, String option) {
    String number = value.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    String suffix = number.length() > 2 ? number.substring(number.length() - 2) : "";
    if (SIZE_UNITS.containsKey(suffix)) {
      unit = SIZE_UNITS.get(suffix);
      number = number.substring(0, number.length() - 2).trim();
    }
    long bytes;
    try {
      bytes = Math.multiplyExact(Long.parseLong(number), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("Not a size for " + option + ": " + value, e);
    }
    if (bytes < 1 || bytes > RequestBodyReader.MAX_LIMIT) {
      throw new IllegalArgumentException(
          option + " must be between 1 and " + RequestBodyReader.MAX_LIMIT + " bytes");
    }
    return (int) bytes;
  }

  private static Seed seed(String value) {
    return switch (value) {
      case "demo" -> Seed.DEMO;
      case "none" -> Seed.NONE;
      default -> throw new IllegalArgumentException("--seed must be demo or none, not " + value);
    };
  }

  private static void usage(PrintStream out, String error) {
    if (!error.isEmpty()) {
      out.println(error);
    }
    out.println(
        "Usage: java -jar segments-emulator-standalone.jar [--port N] [--seed demo|none]"
            + " [--seed-file FILE] [--api-key KEY] [--user NAME] [--minimum-lib-version V]"
            + " [--rate-limit N/PERIOD [--rate-limit-model drf|fixed-window|token-bucket]"
            + " [--rate-limit-burst B]] [--rate-limit-scope OPERATION=N/PERIOD]"
            + " [--max-body-size SIZE]"
            + " [--max-decoded-body-size SIZE]");
  }
}
