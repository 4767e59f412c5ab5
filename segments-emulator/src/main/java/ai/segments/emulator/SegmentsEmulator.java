package ai.segments.emulator;

import ai.segments.emulator.webhook.WebhookSender;
import ai.segments.emulator.webhook.WebhookTarget;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * An in-memory emulator of the Segments.ai REST API, served over HTTP on 127.0.0.1.
 *
 * <pre>{@code
 * try (SegmentsEmulator emulator = SegmentsEmulator.builder().port(0).seed(Seed.DEMO).build().start()) {
 *   String url = emulator.baseUrl();   // http://127.0.0.1:PORT/
 *   String key = emulator.apiKey();    // demo-api-key of user "demo"
 * }
 * }</pre>
 *
 * <p>The user {@value #DEMO_USER} with API key {@value #DEMO_API_KEY} always exists. Instances are
 * thread-safe.
 */
public final class SegmentsEmulator implements AutoCloseable {

  /** The default user, present whatever the seed. */
  public static final String DEMO_USER = "demo";

  /** The API key of {@link #DEMO_USER}. */
  public static final String DEMO_API_KEY = "demo-api-key";

  private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final Builder config;
  private final FaultInjector faults = new FaultInjector();
  private final RequestLog requestLog = new RequestLog();
  private final AtomicReference<Throttles> throttles = new AtomicReference<>(Throttles.NONE);
  private final WebhookSender webhooks = new WebhookSender();
  private final AtomicReference<ServedApi> served = new AtomicReference<>();
  private HttpServer server;
  private ExecutorService executor;
  private ScheduledExecutorService scheduler;

  private SegmentsEmulator(Builder config) {
    this.config = config;
    configuredRateLimits();
    config.webhookTargets.forEach(webhooks::register);
  }

  private void configuredRateLimits() {
    if (config.rateLimit != null) {
      rateLimit(config.rateLimit);
    }
    config.scopeRateLimits.forEach(this::rateLimitScope);
  }

  /**
   * A builder with the defaults: random port, demo seed, no rate limit, releases ready after 200
   * ms, 32 request threads, request bodies of at most 32 MiB (also once gunzipped).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port, loads the seed data and starts serving.
   *
   * @return this emulator
   * @throws IllegalStateException if already started
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalArgumentException if the seed file is invalid or a scoped rate limit names an
   *     unknown operation
   */
  public synchronized SegmentsEmulator start() {
    if (server != null) {
      throw new IllegalStateException("The emulator is already started");
    }
    // Without TCP_NODELAY, headers and body written separately meet delayed ACKs: ~40 ms a request.
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(threads("segments-emulator-release-"));
    try {
      server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port), 0);
    } catch (IOException e) {
      scheduler.shutdownNow();
      throw new UncheckedIOException("Cannot bind 127.0.0.1:" + config.port, e);
    }
    try {
      ServedApi api = seededApi();
      throttles.get().perOperation().keySet().forEach(name -> checkOperation(api.router(), name));
      served.set(api);
    } catch (RuntimeException e) {
      server.stop(0);
      scheduler.shutdownNow();
      server = null;
      throw e;
    }
    executor = Executors.newFixedThreadPool(config.threads, threads("segments-emulator-http-"));
    server.setExecutor(executor);
    server.createContext(
        "/",
        new RequestPipeline(
            served,
            faults,
            requestLog,
            throttles,
            new RequestBodyReader(config.maxBodySize, config.maxDecodedBodySize)));
    server.start();
    return this;
  }

  /**
   * Puts the emulator back into the state {@link #start()} left it in, for the next test: the seed
   * data alone (everything created, changed or deleted through the API since is forgotten), no
   * fault rules, an empty request log and the builder's rate limits only. Keeps the port and the
   * webhook targets. Requests in flight finish against the old data.
   *
   * @throws IllegalStateException if not started
   * @throws IllegalArgumentException if the seed file is no longer readable or valid
   */
  public synchronized void reset() {
    if (server == null) {
      throw new IllegalStateException("The emulator is not started");
    }
    served.set(seededApi());
    faults.clear();
    throttles.set(Throttles.NONE);
    configuredRateLimits();
    requestLog.clear();
  }

  /** New endpoints on a new store holding the seed data; the server must be bound. */
  private ServedApi seededApi() {
    EmulatorContext ctx =
        new EmulatorContext(scheduler, config.releaseDelay, config.minimumLibVersion, webhooks);
    ctx.baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    Api api = new Api(ctx);
    seed(ctx, api);
    return new ServedApi(api.router, ctx);
  }

  private void seed(EmulatorContext ctx, Api api) {
    Store store = ctx.store;
    StoredAccount demo = store.user(DEMO_USER, "demo@example.com", false, null);
    store.addApiKey(demo, DEMO_API_KEY);
    config.users.forEach(
        (name, key) -> store.addApiKey(store.user(name, name + "@example.com", false, null), key));
    SeedLoader loader = new SeedLoader(ctx, api);
    if (config.seed == Seed.DEMO) {
      loader.load(DemoSeed.document(ctx.baseUrl()));
    }
    config.seedFiles.forEach(loader::load);
  }

  /**
   * Stops serving immediately; pending release completions and webhook deliveries are dropped.
   * Idempotent.
   */
  public synchronized void stop() {
    webhooks.close();
    if (server == null) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    scheduler.shutdownNow();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * The bound port.
   *
   * @return the port
   * @throws IllegalStateException if not started
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("The emulator is not started");
    }
    return server.getAddress().getPort();
  }

  /**
   * The base URL with a trailing slash, e.g. {@code http://127.0.0.1:8080/}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /**
   * The API key of the default user {@value #DEMO_USER}: {@value #DEMO_API_KEY}.
   *
   * @return the API key
   */
  public String apiKey() {
    return DEMO_API_KEY;
  }

  /**
   * Fault injection, e.g. {@code faults().forOperation("getSamples").status(503).times(2)}.
   *
   * @return the fault injector
   */
  public FaultInjector faults() {
    return faults;
  }

  /**
   * The requests received so far.
   *
   * @return the request log
   */
  public RequestLog requestLog() {
    return requestLog;
  }

  /**
   * The webhook sender: {@code webhooks().register(url, secret)} sends a signed notification to
   * {@code url} for every later state change made through the API (module README, "Webhooks").
   *
   * @return the sender
   */
  public WebhookSender webhooks() {
    return webhooks;
  }

  /**
   * Limits every user to {@code requests} per {@code period} the way the Segments.ai API does:
   * {@link RateLimitModel#DRF}, Django REST framework's sliding log of accepted requests. Beyond
   * that the API's 429 answer with {@code Retry-After}. Replaces any previous limit per user.
   *
   * @param requests requests allowed per period, at least 1
   * @param period the period
   * @throws IllegalArgumentException for fewer than 1 request or a period that is not positive
   */
  public void rateLimit(int requests, Duration period) {
    rateLimit(RateLimitModel.DRF, requests, period);
  }

  /**
   * Limits every user to {@code requests} per {@code period}, counted the {@code model}'s way (the
   * token bucket's burst is {@code requests}); beyond that the API's 429 answer with {@code
   * Retry-After}. Replaces any previous limit per user.
   *
   * @param model how requests are counted
   * @param requests requests allowed per period, at least 1
   * @param period the period
   * @throws IllegalArgumentException for fewer than 1 request or a period that is not positive
   */
  public void rateLimit(RateLimitModel model, int requests, Duration period) {
    rateLimit(RateLimitSetting.of(model, requests, period));
  }

  /**
   * Limits every user with a token bucket: a steady {@code requests} per {@code period}, with
   * bursts of up to {@code burst} requests; beyond that the API's 429 answer with {@code
   * Retry-After} (the wait for the next request, rounded up to whole seconds). Replaces any
   * previous limit per user.
   *
   * @param requests the steady rate: requests per period, at least 1
   * @param period the period of the steady rate
   * @param burst the bucket size: requests allowed at once after a quiet time, at least 1
   * @throws IllegalArgumentException for a rate or burst below 1 or a period that is not positive
   */
  public void tokenBucketRateLimit(int requests, Duration period, int burst) {
    rateLimit(new RateLimitSetting(RateLimitModel.TOKEN_BUCKET, requests, period, burst));
  }

  /**
   * Limits every user's requests of one operation to {@code requests} per {@code period}, on top of
   * any limit per user, as Django REST framework's {@code ScopedRateThrottle} does with a scope per
   * operation: its own sliding log per user (model {@link RateLimitModel#DRF}). A request passes
   * only when every limit accepts it. Replaces any previous limit of that operation.
   *
   * @param operation the operation name as in the request log and fault rules, e.g. {@code
   *     getSamples}
   * @param requests requests of that operation allowed per period, at least 1
   * @param period the period
   * @throws IllegalArgumentException for an unknown operation (checked now if started, else at
   *     {@link #start()}), fewer than 1 request or a period that is not positive
   */
  public void rateLimitScope(String operation, int requests, Duration period) {
    rateLimitScope(operation, RateLimitSetting.of(RateLimitModel.DRF, requests, period));
  }

  /** Removes every rate limit: the one per user and those per operation. */
  public void disableRateLimit() {
    throttles.set(Throttles.NONE);
  }

  private void rateLimit(RateLimitSetting setting) {
    RequestLimit limit = setting.limiter(config.nanoTime);
    throttles.updateAndGet(current -> current.withPerUser(limit));
  }

  private synchronized void rateLimitScope(String operation, RateLimitSetting setting) {
    ServedApi api = served.get();
    if (api != null) {
      checkOperation(api.router(), operation);
    }
    RequestLimit limit = setting.limiter(config.nanoTime);
    throttles.updateAndGet(current -> current.withOperation(operation, limit));
  }

  private static void checkOperation(Router router, String operation) {
    if (!router.hasOperation(operation)) {
      throw new IllegalArgumentException("No operation named " + operation);
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a {@link SegmentsEmulator}. */
  public static final class Builder {

    private int port;
    private Seed seed = Seed.DEMO;
    private final List<URL> seedFiles = new ArrayList<>();
    private final Map<String, String> users = new LinkedHashMap<>();
    private String minimumLibVersion;
    private RateLimitSetting rateLimit;
    private final Map<String, RateLimitSetting> scopeRateLimits = new LinkedHashMap<>();
    private LongSupplier nanoTime = System::nanoTime;
    private Duration releaseDelay = Duration.ofMillis(200);
    private int threads = 32;
    private int maxBodySize = RequestBodyReader.DEFAULT_LIMIT;
    private int maxDecodedBodySize = RequestBodyReader.DEFAULT_LIMIT;
    private final List<WebhookTarget> webhookTargets = new ArrayList<>();

    private Builder() {}

    /**
     * Sends a signed webhook notification to {@code url} for every state change made through the
     * API; may be called repeatedly. See also {@link SegmentsEmulator#webhooks()}.
     *
     * @param url the endpoint, absolute http(s)
     * @param secret the signing secret, {@code whsec_<base64>}
     * @return this builder
     * @throws IllegalArgumentException for a relative URL or an invalid secret
     */
    public Builder webhook(URI url, String secret) {
      this.webhookTargets.add(new WebhookTarget(url, secret));
      return this;
    }

    /**
     * The port to bind on 127.0.0.1; 0 (the default) picks a free one.
     *
     * @param value the port
     * @return this builder
     */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /**
     * The seed data; {@link Seed#DEMO} by default.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(Seed value) {
      this.seed = value;
      return this;
    }

    /**
     * A seed file to load after the seed (format in the module README); may be called repeatedly.
     *
     * @param file a JSON seed file
     * @return this builder
     */
    public Builder seedFile(Path file) {
      try {
        return seedFile(file.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Not a seed file: " + file, e);
      }
    }

    /**
     * A seed file to load after the seed, e.g. a class-path resource's URL; may be called
     * repeatedly, and mixed with {@link #seedFile(Path)}: the files load in the order given.
     *
     * @param file where to read the JSON seed file from
     * @return this builder
     */
    public Builder seedFile(URL file) {
      this.seedFiles.add(file);
      return this;
    }

    /**
     * Adds a user with an API key (or adds the key to an existing user such as {@value
     * #DEMO_USER}).
     *
     * @param username the user name
     * @param apiKey the API key
     * @return this builder
     */
    public Builder user(String username, String apiKey) {
      this.users.put(username, apiKey);
      return this;
    }

    /**
     * Answers {@code GET /api_status/?lib_version=V} with 426 when V is older than this version.
     *
     * @param version e.g. {@code 1.0.0}
     * @return this builder
     */
    public Builder minimumLibVersion(String version) {
      this.minimumLibVersion = version;
      return this;
    }

    /**
     * Starts with a rate limit of the Segments.ai API's model, see {@link
     * SegmentsEmulator#rateLimit(int, Duration)}.
     *
     * @param requests requests allowed per period
     * @param period the period
     * @return this builder
     * @throws IllegalArgumentException for fewer than 1 request or a period that is not positive
     */
    public Builder rateLimit(int requests, Duration period) {
      return rateLimit(RateLimitModel.DRF, requests, period);
    }

    /**
     * Starts with a rate limit of the given model, see {@link
     * SegmentsEmulator#rateLimit(RateLimitModel, int, Duration)}.
     *
     * @param model how requests are counted
     * @param requests requests allowed per period
     * @param period the period
     * @return this builder
     * @throws IllegalArgumentException for fewer than 1 request or a period that is not positive
     */
    public Builder rateLimit(RateLimitModel model, int requests, Duration period) {
      this.rateLimit = RateLimitSetting.of(model, requests, period);
      return this;
    }

    /**
     * Starts with a token-bucket rate limit, see {@link SegmentsEmulator#tokenBucketRateLimit(int,
     * Duration, int)}.
     *
     * @param requests the steady rate: requests per period
     * @param period the period of the steady rate
     * @param burst the bucket size
     * @return this builder
     * @throws IllegalArgumentException for a rate or burst below 1 or a period that is not positive
     */
    public Builder tokenBucketRateLimit(int requests, Duration period, int burst) {
      this.rateLimit = new RateLimitSetting(RateLimitModel.TOKEN_BUCKET, requests, period, burst);
      return this;
    }

    /**
     * Starts with a rate limit on one operation, see {@link SegmentsEmulator#rateLimitScope(String,
     * int, Duration)}; may be called for several operations.
     *
     * @param operation the operation name, e.g. {@code getSamples}; checked at {@link
     *     SegmentsEmulator#start()}
     * @param requests requests of that operation allowed per period
     * @param period the period
     * @return this builder
     * @throws IllegalArgumentException for fewer than 1 request or a period that is not positive
     */
    public Builder rateLimitScope(String operation, int requests, Duration period) {
      this.scopeRateLimits.put(
          operation, RateLimitSetting.of(RateLimitModel.DRF, requests, period));
      return this;
    }

    /**
     * The clock the rate limits count time on, in nanoseconds like {@link System#nanoTime()} (the
     * default): tests pass a fake or simulated one to run a throttle without waiting for it.
     *
     * @param clock reads the time in nanoseconds
     * @return this builder
     */
    public Builder nanoTime(LongSupplier clock) {
      this.nanoTime = clock;
      return this;
    }

    /**
     * How long a new release stays {@code PENDING}; 200 ms by default.
     *
     * @param delay the delay
     * @return this builder
     */
    public Builder releaseDelay(Duration delay) {
      this.releaseDelay = delay;
      return this;
    }

    /**
     * The number of request threads; 32 by default.
     *
     * @param count the thread count
     * @return this builder
     */
    public Builder threads(int count) {
      this.threads = count;
      return this;
    }

    /**
     * The largest request body accepted as sent; larger ones are answered with 413 and a JSON
     * {@code detail}. 32 MiB by default.
     *
     * @param bytes the limit in bytes
     * @return this builder
     * @throws IllegalArgumentException for a limit below 1 or above {@code Integer.MAX_VALUE - 8}
     */
    public Builder maxBodySize(int bytes) {
      this.maxBodySize = RequestBodyReader.checkLimit(bytes, "maxBodySize");
      return this;
    }

    /**
     * The largest request body accepted once gunzipped ({@code Content-Encoding: gzip}); larger
     * ones are answered with 413 and a JSON {@code detail}, and a gzip body is never inflated
     * further than this. 32 MiB by default.
     *
     * @param bytes the limit in bytes
     * @return this builder
     * @throws IllegalArgumentException for a limit below 1 or above {@code Integer.MAX_VALUE - 8}
     */
    public Builder maxDecodedBodySize(int bytes) {
      this.maxDecodedBodySize = RequestBodyReader.checkLimit(bytes, "maxDecodedBodySize");
      return this;
    }

    /**
     * An emulator with this configuration, not yet started.
     *
     * @return the emulator
     */
    public SegmentsEmulator build() {
      return new SegmentsEmulator(this);
    }
  }
}
