package minotaur.run;

import java.util.List;
import minotaur.history.Op;

/**
 * A workload's quiescence hook, run after the generator is exhausted and the faults are off:
 * it issues what is legitimately pending (a final notify, an unlock of a lock still held) so
 * that afterwards any op still blocked is a liveness failure, not an artefact of stopping.
 */
@FunctionalInterface
public interface Quiescence {
  void quiesce(Phase phase) throws Exception;

  /** What the hook may see and do. */
  interface Phase {
    /** The invocations still in flight (their processes are blocked or still running). */
    List<Op> inFlight();

    /**
     * Runs {@code invocation} with {@code client} on the calling thread as a fresh process,
     * recording the invoke and completion; returns the completion.
     */
    Op invoke(Op invocation, Client client);
  }

  /** The hook that issues nothing. */
  Quiescence NONE = phase -> {};
}
