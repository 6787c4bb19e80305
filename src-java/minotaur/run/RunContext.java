package minotaur.run;

import clojure.lang.IPersistentMap;
import clojure.lang.PersistentArrayMap;
import java.nio.file.Path;
import java.util.List;
import minotaur.history.Op;

/**
 * What a checker knows about a run besides its history.
 *
 * @param workload the workload's CLI name
 * @param variant the variant's CLI name
 * @param seed the seed of the generator and the fault plan
 * @param concurrency number of client threads
 * @param history the history file, or null for an in-memory run
 * @param stillBlocked invocations still in flight at the end of quiescence (recorded as
 *     {@code :info} with {@code :error :blocked}): the evidence for lost wakeups
 * @param timedOut invocations the watchdog gave up on during the run ({@code :error :timeout})
 * @param atRest the workload's at-rest observations, by name, taken after quiescence
 * @param notAtRest why the at-rest observations cannot be trusted (an op was given up on while its
 *     thread could still run, so it may have acted while they were taken), or null
 */
public record RunContext(String workload, String variant, long seed, int concurrency,
    Path history, List<Op> stillBlocked, List<Op> timedOut, IPersistentMap atRest, String notAtRest) {

  public RunContext {
    stillBlocked = List.copyOf(stillBlocked);
    timedOut = List.copyOf(timedOut);
    if (atRest == null) atRest = PersistentArrayMap.EMPTY;
  }

  /** A context for checking a history on its own (no run facts), e.g. in tests. */
  public static RunContext of(String workload, String variant, long seed) {
    return new RunContext(workload, variant, seed, 0, null, List.of(), List.of(), null, null);
  }
}
