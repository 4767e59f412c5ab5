package ai.segments.client.internal;

import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import java.util.function.Supplier;

/**
 * Deletes that survive a lost answer: when an attempt failed with an unknown outcome (see {@link
 * CreateRecovery#isAmbiguous}) and a retry of the same call is answered "not found", the first
 * attempt did the delete, so the call succeeds. A "not found" on the first attempt still fails.
 *
 * <p>One instance serves one logical call (all its attempts).
 */
public final class DeleteRecovery implements CallRecovery<Void> {

  private volatile boolean uncertain;

  /** Creates the recovery of one delete call. */
  public DeleteRecovery() {}

  @Override
  public SegmentsResponse<Void> attempt(Supplier<SegmentsResponse<Void>> send) {
    try {
      return send.get();
    } catch (NotFoundException ex) {
      if (this.uncertain) {
        return new SegmentsResponse<>(204, null);
      }
      throw ex;
    } catch (SegmentsException ex) {
      this.uncertain |= CreateRecovery.isAmbiguous(ex);
      throw ex;
    }
  }
}
