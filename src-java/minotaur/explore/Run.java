package minotaur.explore;

import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import minotaur.explore.memory.Action;
import minotaur.explore.memory.CellHost;
import minotaur.explore.memory.Footprint;
import minotaur.explore.memory.MemorySystem;
import minotaur.explore.memory.SimIntCell;
import minotaur.explore.memory.SimMemory;
import minotaur.explore.scenario.Actor;
import minotaur.explore.scenario.ActorHost;
import minotaur.explore.scenario.HistoryCheck;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.ScenarioViolation;
import minotaur.explore.scenario.World;
import minotaur.explore.sim.OsHost;
import minotaur.explore.sim.SimOs;
import minotaur.explore.sim.SimOsObject;
import minotaur.explore.strategy.Choices;
import minotaur.explore.strategy.Schedule;
import minotaur.explore.strategy.Strategy;
import minotaur.history.Op;
import minotaur.mem.IntCell;

/**
 * One execution of a scenario under one schedule. Whoever holds the baton ({@link Workers})
 * drives it: it asks the {@link Strategy} for the next choice among the enabled ones (a thread
 * whose posted {@link Action} is enabled, or a store-buffer flush) and executes it, by flushing
 * or by letting the chosen thread run to its next scheduling point. The controller makes the
 * first choice; from then on a thread that reaches a scheduling point (or its end) chooses for
 * itself: it runs on when it is chosen again and hands the baton straight to the chosen thread
 * otherwise, so a step costs one thread switch at most instead of two through the controller.
 * (A run observed step by step, {@link #observe}, goes through the controller at every step.)
 * The run ends when nothing is enabled (every thread finished, or the rest are blocked: a
 * deadlock or lost wakeup), when a thread fails, at the depth bound, or when the strategy
 * abandons it (all choices asleep); the thread that finds the end hands the baton back to the
 * controller.
 */
final class Run implements ActorHost, OsHost, Schedule, CellHost {
  enum End { FINISHED, FAILED, CUT, PRUNED }

  final Scenario scenario;
  final MemoryModel model;
  final MemorySystem memory;
  final boolean tracing;
  final boolean spuriousWakeups;
  private final Workers workers;
  private final World world;
  private final int threads;
  private final Action[] pending;
  private final boolean[] finished;
  private final boolean recordIsStep;
  private final Object historyToken = new Object();
  private final List<Op> history = new ArrayList<>();
  private final List<String> trace = new ArrayList<>();
  private final List<PointVisit> visits = new ArrayList<>();
  private final Map<String, Integer>[] visitCounts;
  private final IntList choices = new IntList();
  private String lastBuffers = "";
  private boolean aborting;
  private int failedThread = -1;
  private Throwable failureCause;
  private int steps;
  private StepObserver observer;
  private Strategy strategy;
  private int maxSteps;
  private int[] enabledBuffer;
  /** Set once every thread has reached its first point: from then on threads choose for themselves. */
  private boolean direct;
  /** How the run ended, set by whichever thread found the end. */
  private End end;
  /** The strategy failed while a worker held the baton: rethrown on the controller. */
  private RuntimeException strategyError;

  private final int[] cellSerials = new int[Choices.MAX_THREADS + 1];

  Run(Scenario scenario, MemoryModel model, boolean spuriousWakeups, Workers workers, boolean tracing) {
    this(scenario, model, spuriousWakeups, workers, tracing, null);
  }

  /** A run on {@code memory}, or (null) on the model's interleaving memory. */
  Run(Scenario scenario, MemoryModel model, boolean spuriousWakeups, Workers workers, boolean tracing,
      MemorySystem memory) {
    this.scenario = scenario;
    this.model = model;
    this.spuriousWakeups = spuriousWakeups;
    this.workers = workers;
    this.tracing = tracing;
    this.world = new World(new SimMemory(this), new SimOs(this));
    scenario.setup().build(world);
    this.threads = world.threads();
    if (threads == 0) throw new IllegalArgumentException("scenario " + scenario + " has no threads");
    this.memory = memory != null ? memory : model.newMemory(threads);
    this.pending = new Action[threads];
    this.finished = new boolean[threads];
    this.recordIsStep = !world.historyChecks().isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Integer>[] counts = new Map[threads];
    this.visitCounts = counts;
  }

  /** A key naming the next cell the calling thread creates, the same in every run (setup: thread -1). */
  @Override public long cellKey() {
    int t = current() + 1;
    return ((long) t << 32) | cellSerials[t]++;
  }

  @Override public MemorySystem memory() {
    return memory;
  }

  @Override public String modelName() {
    return model.cliName();
  }

  @Override public String scenarioName() {
    return scenario.name();
  }

  @Override public int threads() {
    return threads;
  }

  @Override public String threadName(int t) {
    return world.threadName(t);
  }

  int steps() {
    return steps;
  }

  /** Tells {@code o} of every named fault point reached and every step executed from now on. */
  void observe(StepObserver o) {
    observer = o;
  }

  IntList choices() {
    return choices;
  }

  List<Op> history() {
    return history;
  }

  List<String> trace() {
    return trace;
  }

  /** The fault points visited, in schedule order (kept only when tracing). */
  List<PointVisit> visits() {
    return visits;
  }

  /** The thread number of the calling thread in this run, or -1 if it is not one of its threads. */
  @Override public int current() {
    Thread me = Thread.currentThread();
    return Worker.runOf(me) == this ? ((Worker) me).index : -1;
  }

  /** Called by explored thread {@code t}: posts {@code next} and waits until the scheduler chooses it. */
  @Override public void point(int t, Action next) {
    if (aborting) throw Abort.INSTANCE;
    pending[t] = next;
    yieldFrom(t);
    if (aborting) throw Abort.INSTANCE;
    pending[t] = null;
  }

  /**
   * Thread {@code t}, at a scheduling point or finished, gives up the baton: to the controller
   * before the run is direct or while it unwinds; otherwise it makes the next choices itself
   * ({@link #passOn}). Returns when {@code t} is to run again.
   */
  void yieldFrom(int t) {
    if (direct && !aborting) {
      passOn(t);
    } else {
      workers.yieldToController(t);
    }
  }

  /** Makes choices from thread {@code t} until one is a thread's step, or the run ends. */
  private void passOn(int t) {
    traceBuffers();
    while (true) {
      int choice;
      try {
        choice = next();
      } catch (RuntimeException e) {
        strategyError = e;
        end = End.PRUNED;
        choice = -1;
      }
      if (choice < 0) {
        workers.handTo(t, Workers.CONTROLLER);
        return;
      }
      int u = Choices.thread(choice);
      account(choice);
      if (Choices.isFlush(choice)) {
        flush(u);
      } else if (u == t) {
        return;
      } else {
        workers.handTo(t, u);
        return;
      }
    }
  }

  @Override public void osCall(int t, SimOsObject target, Object other, String label, BooleanSupplier guard) {
    point(t, Action.os(target, other, label, guard));
    if (other instanceof SimOsObject && memory.graph()) {
      // One event per step: a revisit may move a step's second event away from its first.
      throw new IllegalStateException(label + " touches two OS objects in one step on execution graphs");
    }
    memory.osCall(t, target.key(), target.name());
  }

  @Override public boolean spuriousWakeups() {
    return spuriousWakeups;
  }

  @Override public boolean graph() {
    return memory.graph();
  }

  @Override public int inMemory(IntCell word) {
    return (Integer) ((SimIntCell) word).mainMemoryValue();
  }

  @Override public boolean tracing() {
    return tracing;
  }

  /** A {@code Faults.point}: a scheduling point that touches nothing shared. */
  void faultPoint(String name) {
    int t = current();
    if (t < 0) return;
    if (observer != null) observer.point(t, name);
    point(t, Action.local("fault point " + name));
    if (tracing) {
      trace(t, "fault point " + name);
      visit(t, name);
    }
  }

  /**
   * Records thread {@code t}'s visit of {@code point} (when tracing): a named fault point, or
   * {@code mem@<cell>} for a memory step, as {@link minotaur.explore.memory.PointedMemory} names it on real threads.
   */
  @Override public void visit(int t, String point) {
    if (visitCounts[t] == null) visitCounts[t] = new HashMap<>();
    visits.add(new PointVisit(t, point, visitCounts[t].merge(point, 1, Integer::sum)));
  }

  void threadFailed(int t, Throwable cause) {
    if (failedThread < 0) {
      failedThread = t;
      failureCause = cause;
    }
  }

  void threadFinished(int t) {
    finished[t] = true;
    pending[t] = null;
  }

  @Override public void trace(int t, String text) {
    trace.add(String.format("%5d  T%d %-10s %s", steps, t, threadName(t), text));
  }

  @Override public void record(int t, Op.Type type, String f, Object value) {
    if (recordIsStep && current() == t) point(t, Action.record(historyToken));
    Op op = new Op(t, type, Keyword.intern(f), value, steps, history.size(), null);
    history.add(op);
    if (tracing) trace(t, "history " + op);
  }

  /**
   * Runs the scenario under {@code strategy}; returns how it ended and the failure, if any. Every
   * thread still inside the scenario is unwound before this returns or throws.
   */
  Result drive(Strategy strategy, int maxSteps) {
    this.strategy = strategy;
    this.maxSteps = maxSteps;
    this.enabledBuffer = new int[2 * threads];
    try {
      for (int t = 0; t < threads; t++) workers.start(t, this, bodyOf(t));
      direct = observer == null;
      End end = schedule();
      if (strategyError != null) throw strategyError;
      return switch (end) {
        case FAILED -> threadFailure();
        case FINISHED -> atEnd();
        default -> new Result(end, null, null);
      };
    } finally {
      abortRemaining();
    }
  }

  /** Controller: makes choices until the run ends (in a direct run, the threads make the rest). */
  private End schedule() {
    while (end == null) {
      int choice = next();
      if (choice >= 0) execute(choice);
    }
    return end;
  }

  /** The next choice, or -1 with {@link #end} set; called by whoever holds the baton. */
  private int next() {
    if (failedThread >= 0) return stop(End.FAILED);
    int count = enabled(enabledBuffer);
    if (count == 0) return stop(End.FINISHED);
    if (steps >= maxSteps) return stop(End.CUT);
    int choice = strategy.choose(this, enabledBuffer, count);
    return choice < 0 ? stop(End.PRUNED) : choice;
  }

  private int stop(End how) {
    end = how;
    return -1;
  }

  private Runnable bodyOf(int t) {
    Actor actor = new Actor(this, t);
    return () -> world.body(t).accept(actor);
  }

  /** Fills {@code out} with the enabled choices in a fixed order; returns how many. */
  private int enabled(int[] out) {
    int n = 0;
    for (int t = 0; t < threads; t++) {
      if (!finished[t] && pending[t] != null && pending[t].enabled()) out[n++] = Choices.step(t);
    }
    for (int t = 0; t < threads; t++) {
      if (memory.canFlush(t)) out[n++] = Choices.flush(t);
    }
    return n;
  }

  /** Controller: executes {@code choice}; in a direct run, the resumed thread goes on choosing. */
  private void execute(int choice) {
    int t = Choices.thread(choice);
    account(choice);
    if (Choices.isFlush(choice)) {
      flush(t);
    } else {
      if (observer != null && pending[t].kind != Action.Kind.RECORD) observer.step(t, footprint(choice));
      workers.resume(t);
    }
    traceBuffers();
  }

  private void account(int choice) {
    choices.add(choice);
    steps++;
  }

  private void flush(int t) {
    String written = memory.flush(t);
    if (tracing) {
      trace(t, "flush " + written + " to memory");
      traceBuffers();
    }
  }

  private void traceBuffers() {
    if (tracing) {
      String buffers = memory.buffers();
      if (!buffers.equals(lastBuffers)) {
        trace.add(String.format("%5d  %-13s buffers: %s", steps, "", buffers.isEmpty() ? "empty" : buffers));
        lastBuffers = buffers;
      }
    }
  }

  /** Whether the two choices, both enabled now, may fail to commute. */
  @Override public boolean dependent(int a, int b) {
    return footprint(a).conflicts(footprint(b));
  }

  private Footprint footprint(int choice) {
    Footprint f = new Footprint();
    int t = Choices.thread(choice);
    if (Choices.isFlush(choice)) {
      memory.flushFootprint(t, f);
      return f;
    }
    Action a = pending[t];
    memory.footprint(t, a, f);
    if (a.kind == Action.Kind.OS || a.kind == Action.Kind.RECORD) {
      f.write(a.target);
      if (a.other != null) f.write(a.other);
    }
    return f;
  }

  private Result threadFailure() {
    String who = "T" + failedThread + " (" + threadName(failedThread) + ")";
    if (failureCause instanceof ScenarioViolation v) {
      return new Result(End.FAILED, Failure.Kind.ASSERTION, who + ": " + v.getMessage());
    }
    return new Result(End.FAILED, Failure.Kind.ASSERTION, who + " threw " + failureCause);
  }

  private Result atEnd() {
    List<String> blocked = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      if (!finished[t]) blocked.add("T" + t + " (" + threadName(t) + ") blocked in " + pending[t].label);
    }
    if (!blocked.isEmpty()) {
      if (blocked.size() == 1) {
        return new Result(End.FAILED, Failure.Kind.LOST_WAKEUP,
            blocked.get(0) + " after every other thread finished");
      }
      boolean someFinished = blocked.size() < threads;
      return new Result(End.FAILED, Failure.Kind.DEADLOCK, String.join("; ", blocked)
          + (someFinished ? "; the other threads finished" : "; no other thread"));
    }
    String outcome = world.outcomeNow();
    for (Runnable invariant : world.invariants()) {
      try {
        invariant.run();
      } catch (ScenarioViolation v) {
        return new Result(End.FAILED, Failure.Kind.INVARIANT, v.getMessage(), outcome);
      }
    }
    for (HistoryCheck check : world.historyChecks()) {
      String violation = check.violation(List.copyOf(history));
      if (violation != null) return new Result(End.FAILED, Failure.Kind.HISTORY, violation, outcome);
    }
    return new Result(End.FINISHED, null, null, outcome);
  }

  /** Unwinds every thread still inside the scenario, so the workers are free for the next run. */
  private void abortRemaining() {
    aborting = true;
    for (int t = 0; t < threads; t++) {
      if (!finished[t]) workers.resume(t);
    }
  }

  /** How a run ended: the failure kind and message if it failed, and the outcome if it has one. */
  record Result(End end, Failure.Kind kind, String message, String outcome) {
    Result(End end, Failure.Kind kind, String message) {
      this(end, kind, message, null);
    }

    boolean failed() {
      return kind != null;
    }
  }
}
