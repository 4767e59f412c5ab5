package ai.segments.emulator;

/** A group of API routes sharing the emulator context. */
abstract class Endpoints {

  protected final EmulatorContext ctx;

  Endpoints(EmulatorContext ctx) {
    this.ctx = ctx;
  }

  /** Adds these endpoints' routes to the router. */
  abstract void register(Router router);
}
