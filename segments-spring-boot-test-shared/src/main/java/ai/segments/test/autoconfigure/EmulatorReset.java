package ai.segments.test.autoconfigure;

import ai.segments.emulator.SegmentsEmulator;

/**
 * When a test's {@link SegmentsEmulator} is {@linkplain SegmentsEmulator#reset() reset}: put back
 * to its seed data, without fault rules, extra rate limits or recorded requests. Set with {@link
 * AutoConfigureSegmentsEmulator#reset()} or the {@code segments.emulator.reset} property.
 */
public enum EmulatorReset {

  /** Never: data, faults and the request log carry over from test to test. */
  NEVER,

  /** After each test method, so that every test starts from the seed. */
  AFTER_EACH_TEST
}
