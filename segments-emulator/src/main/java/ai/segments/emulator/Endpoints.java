package ai.segments.emulator;

/** A group of API routes sharing the emulator context. */
abstract class Resource {

  protected final EmulatorContext ctx;

  Resource(EmulatorContext ctx) {
    this.ctx = ctx;
  }

  /** Adds this resource's routes. */
  abstract void register(Router router);
}
