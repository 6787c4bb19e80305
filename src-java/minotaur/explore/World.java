package minotaur.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import minotaur.mem.Memory;
import minotaur.os.Os;

/**
 * What a scenario's setup builds on for one run: the explorer's {@link Memory} and {@link Os},
 * and the registration of threads, end-of-run invariants, the outcome and history checks. Every
 * run gets a fresh World.
 */
public final class World {
  private final Memory memory;
  private final Os os;
  final List<String> threadNames = new ArrayList<>();
  final List<Consumer<Actor>> bodies = new ArrayList<>();
  final List<Runnable> invariants = new ArrayList<>();
  final List<HistoryCheck> historyChecks = new ArrayList<>();
  Supplier<String> outcome;

  World(Memory memory, Os os) {
    this.memory = memory;
    this.os = os;
  }

  public Memory memory() {
    return memory;
  }

  public Os os() {
    return os;
  }

  /** Adds thread number {@code threads()} (its process id in the history), named for traces. */
  public void thread(String name, Consumer<Actor> body) {
    if (bodies.size() == Choices.MAX_THREADS) {
      throw new IllegalArgumentException("at most " + Choices.MAX_THREADS + " threads per scenario");
    }
    threadNames.add(Objects.requireNonNull(name));
    bodies.add(Objects.requireNonNull(body));
  }

  public int threads() {
    return bodies.size();
  }

  /**
   * A check run once every thread has finished and every store buffer has drained; it reads cells
   * directly (no scheduling) and fails the run by throwing, usually through {@link Check#that}.
   */
  public void atEnd(Runnable invariant) {
    invariants.add(invariant);
  }

  /** The run's outcome, e.g. {@code "r0=0, r1=1"}, collected over all schedules (litmus tests). */
  public void outcome(Supplier<String> outcome) {
    this.outcome = outcome;
  }

  /**
   * A check of the run's history (e.g. linearizability). Recording an op becomes a scheduling
   * point, so that the reduction keeps every order of recordings that the check can tell apart.
   */
  public void checkHistory(HistoryCheck check) {
    historyChecks.add(check);
  }
}
