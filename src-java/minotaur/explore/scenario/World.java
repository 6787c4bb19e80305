package minotaur.explore.scenario;

import java.util.ArrayList;
import java.util.Collections;
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
  /** The most threads a scenario may have: the explorer's schedules and tokens are sized by it. */
  public static final int MAX_THREADS = 8;

  private final Memory memory;
  private final Os os;
  private final List<String> threadNames = new ArrayList<>();
  private final List<Consumer<Actor>> bodies = new ArrayList<>();
  private final List<Runnable> invariants = new ArrayList<>();
  private final List<HistoryCheck> historyChecks = new ArrayList<>();
  private Supplier<String> outcome;

  /** Built by the engine that runs the scenario, on its memory and OS. */
  public World(Memory memory, Os os) {
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
    if (bodies.size() == MAX_THREADS) {
      throw new IllegalArgumentException("at most " + MAX_THREADS + " threads per scenario");
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

  /** The engine's view of what the setup registered. */
  public String threadName(int t) {
    return threadNames.get(t);
  }

  public Consumer<Actor> body(int t) {
    return bodies.get(t);
  }

  public List<Runnable> invariants() {
    return Collections.unmodifiableList(invariants);
  }

  public List<HistoryCheck> historyChecks() {
    return Collections.unmodifiableList(historyChecks);
  }

  /** The outcome registered by {@link #outcome(Supplier)}, evaluated now; null if none was. */
  public String outcomeNow() {
    return outcome == null ? null : outcome.get();
  }
}
