package ai.segments.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

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
 * --rate-limit N/PERIOD     at most N requests per PERIOD per user (s, min, h, 10s, 500ms):
 *                           a fixed window, or a token bucket with --rate-limit-burst
 * --rate-limit-burst B      make the rate limit a token bucket of B requests (needs --rate-limit)
 * </pre>
 *
 * <p>Prints {@code Segments emulator listening on http://127.0.0.1:<port>/} once ready and stops
 * cleanly on SIGTERM.
 */
public final class Main {

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
        case "--rate-limit" -> rateLimit = RateLimitOption.parse(value);
        case "--rate-limit-burst" -> burst = integer(value, "burst");
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    if (apiKey != null) {
      builder.user(user, apiKey);
    }
    applyRateLimit(builder, rateLimit, burst);
    return builder;
  }

  private static void applyRateLimit(
      SegmentsEmulator.Builder builder, RateLimitOption rateLimit, Integer burst) {
    if (rateLimit == null) {
      if (burst != null) {
        throw new IllegalArgumentException("--rate-limit-burst needs --rate-limit");
      }
      return;
    }
    if (burst == null) {
      builder.rateLimit(rateLimit.requests(), rateLimit.period());
    } else {
      builder.tokenBucketRateLimit(rateLimit.requests(), rateLimit.period(), burst);
    }
  }

  private static int integer(String value, String what) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a " + what + " number: " + value, e);
    }
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
            + " [--rate-limit N/PERIOD [--rate-limit-burst B]]");
  }
}
