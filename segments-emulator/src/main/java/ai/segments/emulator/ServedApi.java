package ai.segments.emulator;

/**
 * The API the emulator serves: the router of its endpoints and the state they work on. {@link
 * SegmentsEmulator#reset()} replaces it with a freshly seeded one; each request uses the one it
 * found on arrival.
 *
 * @param router routes requests to the endpoints
 * @param ctx the store and settings of those endpoints
 */
record ServedApi(Router router, EmulatorContext ctx) {}
