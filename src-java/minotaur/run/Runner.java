package minotaur.run;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import minotaur.check.Verdict;
import minotaur.fault.FaultScope;
import minotaur.fault.Faults;
import minotaur.gen.Context;
import minotaur.gen.Driver;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.gen.Next;
import minotaur.history.Edn;
import minotaur.history.Op;
import minotaur.history.Recorder;
import minotaur.os.BlockedWait;
import minotaur.os.OsMonitor;
import minotaur.progress.Progress;

/**
 * Runs a workload, Jepsen-style, and judges it.
 *
 * <p>One control thread (the caller) owns the generator: it asks for ops, hands each to the worker
 * thread of its process, and folds completions back in. Workers record their own invokes and
 * completions (see {@link Client} for the order), so the recorded history follows real time. The
 * control thread is also the watchdog: an op running longer than the op timeout is recorded as
 * {@code :info} with {@code :error :timeout}, its thread is interrupted and abandoned, and a fresh
 * worker takes the slot as process + concurrency; the abandoned process never invokes again. An
 * op's time counts from its invoke, when its worker starts it, not from its dispatch: on a starved
 * machine a worker may wait for a CPU for most of an op timeout, and a waiter given up on right
 * after it blocked would be abandoned while it legitimately waits (a wake-one primitive then hands
 * its one wake to a dead thread).
 *
 * <p>Faults: the workload's fault plan, with the run's seed, serves this run's threads only: the
 * control thread binds itself to the run's fault scope while the run lasts, so every thread it
 * starts (workers, replacements, the nemesis, and threads those start) inherits the binding; a
 * thread given up on draws nothing once the run has ended, whatever run comes next. Each worker
 * binds its thread to its process, so the same seed and plan replay the same fault decisions per
 * process.
 * Without a nemesis generator the plan is on from before the first op; otherwise the nemesis
 * thread switches it on and off and pauses client threads as the nemesis generator says. What
 * the plan did is recorded as {@code :nemesis} ops (see {@link FaultNemesis}).
 *
 * <p>When the client generator is exhausted the run quiesces: sleeps are cut short, the fault
 * plan is switched off at once (recorded as a nemesis {@code :stop-faults}), in-flight ops get time to finish,
 * the workload's quiescence hook issues what is pending, in-flight ops get time again, at-rest
 * observations are taken, and the ops still in flight are recorded as {@code :info} with
 * {@code :error :still-blocked} and reported to the checkers. The watchdog rests from the end of
 * generation to the end of the hook: an op in flight may be waiting for what only the hook
 * releases (a lock whose holder has no op left), and giving it up would abandon a thread that the
 * hook's release then wakes, so a wake-one primitive would hand its one wake to a dead thread and
 * the other waiters would pass for a lost wakeup. After the hook each op in flight gets a whole op
 * timeout again. An op whose worker had not started it when the hook ran may act after it (take a
 * lock the hook never saw): the at-rest observations are then not judged. Worker threads are
 * daemons and every wait is bounded, so a run always ends, whatever the primitive does.
 */
public final class Runner {
  static final Keyword TIMEOUT = Keyword.intern("timeout");
  static final Keyword STILL_BLOCKED = Keyword.intern("still-blocked");
  /** {@code :os-wait} of a given-up op: its thread in an OS wait no wake has released. */
  static final Keyword BLOCKED = Keyword.intern("blocked");
  /** {@code :os-wait}: released by a wake, its thread not yet back (waiting for a CPU). */
  static final Keyword WOKEN = Keyword.intern("woken");
  /** {@code :os-wait}: its thread in no OS wait (running, spinning, or parked by a fault). */
  static final Keyword NONE = Keyword.intern("none");
  /** How often a pending generator is asked again when no event arrives. */
  private static final long PENDING_POLL = TimeUnit.MILLISECONDS.toNanos(1);
  /** How often the watchdog looks again at a woken op it spared. */
  private static final long SPARED_LOOK = TimeUnit.MILLISECONDS.toNanos(10);
  /** {@link #watchFrom} while the watchdog rests (from the end of generation to the end of the hook). */
  private static final long RESTING = Long.MAX_VALUE;
  /** How often the watchdog looks whether an abandoned thread has left its OS wait. */
  private static final long LEFT_WAIT_LOOK = TimeUnit.MICROSECONDS.toNanos(100);

  private final Workload workload;
  private final RunOptions options;
  private final RunLog log;
  private final BlockingQueue<Worker.Completion> completions = new LinkedBlockingQueue<>();
  /** Worker of each thread; concurrent because the nemesis looks threads up to pause them. */
  private final Map<Object, Worker> workers = new ConcurrentHashMap<>();
  private final List<Worker> retired = new ArrayList<>();
  private final Map<Object, Call> inFlight = new LinkedHashMap<>();
  private final List<Op> timedOut = new ArrayList<>();
  private final List<Op> stillBlocked = new ArrayList<>();
  /** Given-up ops whose thread could still act (not {@link #BLOCKED}), described. */
  private final List<String> stragglers = new ArrayList<>();
  /** Ops in flight whose worker had not started them when the quiescence hook ran. */
  private final List<Call> unstartedAtHook = new ArrayList<>();
  private final Generator nemesisGen;
  private final FaultNemesis nemesis;
  private final Progress progress;
  private final String runName;
  private final HangDetector hangs;
  /** Why generation stopped before the generator was exhausted, or null. */
  private String stoppedEarly;
  /** What the run is doing, for the progress display. */
  private String phase = "generate";
  private Driver driver;
  /**
   * The watchdog counts an op's time from its invoke (its dispatch until then) or from this
   * {@link RunLog#now()} time, whichever is later ({@link #RESTING}: it gives up on nothing).
   */
  private long watchFrom = Long.MIN_VALUE;

  private Runner(Workload workload, RunOptions options) {
    this.workload = workload;
    this.options = options;
    Recorder recorder = options.history() == null ? Recorder.inMemory() : Recorder.toFile(options.history());
    this.log = new RunLog(recorder, System.nanoTime());
    this.nemesisGen = workload.nemesis();
    this.nemesis = new FaultNemesis(workload, options.seed(), nemesisGen != null, log, this::clientThread);
    this.runName = workload.name() + "-" + workload.variant() + "-" + options.seed();
    this.progress = Progress.open(options.progress(), runName, "ops", options.ops());
    this.hangs = new HangDetector(System.nanoTime());
  }

  /** Runs {@code workload} with {@code options}; returns the history and the verdict. */
  public static RunResult run(Workload workload, RunOptions options) {
    Runner runner = new Runner(workload, options);
    try {
      return runner.execute();
    } finally {
      runner.progress.close();
    }
  }

  private RunResult execute() {
    IPersistentMap atRest;
    long started = System.nanoTime();
    FaultScope outer = nemesis.bind();
    try {
      Generator clientGen = workload.generator();
      if (options.ops() > 0) clientGen = Gen.limit(options.ops(), clientGen);
      if (options.timeLimit() != null) clientGen = Gen.timeLimit(options.timeLimit(), clientGen);
      Generator gen = nemesisGen == null ? Gen.clients(clientGen) : Gen.withNemesis(nemesisGen, clientGen);
      driver = new Driver(gen, Context.create(options.threads(), nemesisGen != null, options.seed()));
      if (nemesisGen == null && workload.hasFaults()) startFaults();
      for (int i = 0; i < options.threads(); i++) startWorker(i, i);
      if (nemesisGen != null) {
        Worker w = new Worker(Op.NEMESIS, Op.NEMESIS, null, nemesis, options.threads(), log, completions, runName);
        workers.put(Op.NEMESIS, w);
        w.start();
      }
      phase("generate");
      generate();
      phase(stoppedEarly == null ? "quiesce" : "certain hang: quiesce");
      quiesce();
      Map<Object, Keyword> waits = new LinkedHashMap<>();
      inFlight.forEach((thread, call) -> {
        if (watched(thread, call)) waits.put(thread, osWait(thread));
      });
      atRest = observeAtRest();
      for (Map.Entry<Object, Call> e : new ArrayList<>(inFlight.entrySet())) {
        Keyword where = waits.get(e.getKey());
        Op info = e.getValue().abandon(log, STILL_BLOCKED, where);
        if (info != null) {
          stillBlocked.add(e.getValue().invoke());
          if (where != null) straggler(info, where);
        }
        workers.get(e.getKey()).interrupt();
      }
    } finally {
      nemesis.shutdown();
      Faults.bind(outer);
      workers.values().forEach(Worker::interrupt);
      retired.forEach(Worker::interrupt);
      log.close();
    }
    phase("check");
    return judge(atRest, Duration.ofNanos(System.nanoTime() - started));
  }

  private void phase(String now) {
    phase = now;
    progress.status(now + (timedOut.isEmpty() ? "" : ", " + timedOut.size() + " timed out"));
  }

  /** The Java thread running client slot {@code thread} now, or null. */
  private Thread clientThread(int thread) {
    Worker w = workers.get(thread);
    return w == null ? null : w.javaThread();
  }

  /**
   * Faults on from the start, before any worker runs (the default without a nemesis generator),
   * so every fault point visit counts and a seed replays the decisions from each process's first
   * op.
   */
  private void startFaults() {
    Op start = log.record(new Op(Op.NEMESIS, Op.Type.INVOKE, Gen.START_FAULTS, null, 0, Op.ABSENT, null));
    log.record(nemesis.invoke(start));
  }

  private void startWorker(int thread, int process) {
    Worker w = new Worker(thread, process, workload.clients(), null, options.threads(), log, completions, runName);
    workers.put(thread, w);
    w.start();
  }

  /** The main phase: dispatch the generator's ops until it is exhausted. */
  private void generate() {
    long idleSince = -1;
    while (true) {
      long now = log.now();
      Next n = driver.ask(now);
      if (n.isEmit() && n.op().time() <= now) {
        dispatch(n, now);
        idleSince = -1;
        continue;
      }
      if (n.isExhausted()) return;
      if (n.isPending() && !inFlight.isEmpty()) {
        List<BlockedWait> hung = hung();
        if (hung != null) {
          if (!options.keepGoing()) {
            stoppedEarly = "certain hang: " + hung.stream().map(BlockedWait::toString).toList()
                + ", nothing left running to wake them";
            return;
          }
          giveUpAll(hung, now);
          continue;
        }
      }
      if (n.isPending() && inFlight.isEmpty()) {
        // Nothing in flight can unblock the generator; only time can, and not forever.
        if (idleSince < 0) idleSince = now;
        if (now - idleSince > options.opTimeout().toNanos()) {
          throw new IllegalStateException("generator pending with no op in flight for " + options.opTimeout());
        }
      }
      long wait = n.isEmit() ? n.op().time() - now : PENDING_POLL;
      await(Math.min(wait, watchdogDeadline() - now));
    }
  }

  private void dispatch(Next n, long now) {
    Object thread = driver.take(n);
    Call call = new Call(n.op().withTime(now), now);
    inFlight.put(thread, call);
    workers.get(thread).submit(call);
  }

  /** Waits up to {@code nanos} for a completion, folds in all that arrived, then runs the watchdog. */
  private void await(long nanos) {
    try {
      Worker.Completion c = completions.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
      while (c != null) {
        complete(c);
        c = completions.poll();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("run interrupted", e);
    }
    watchdog();
  }

  private void complete(Worker.Completion c) {
    inFlight.remove(c.worker().thread);
    driver.complete(c.worker().thread, c.op(), log.now());
    if (!Gen.isSleep(c.op()) && c.op().isClient()) progress.step();
  }

  private long watchdogDeadline() {
    long deadline = Long.MAX_VALUE;
    if (watchFrom == RESTING) return deadline;
    long now = log.now();
    long timeout = options.opTimeout().toNanos();
    for (Map.Entry<Object, Call> e : inFlight.entrySet()) {
      if (watched(e.getKey(), e.getValue())) {
        long due = watchedSince(e.getValue()) + timeout;
        // A woken op spared past its timeout is looked at again soon, not in a busy loop.
        if (due <= now) due = Math.min(due + timeout, now + SPARED_LOOK);
        deadline = Math.min(deadline, due);
      }
    }
    return deadline;
  }

  /**
   * Where the thread of client slot {@code thread} is: {@link #BLOCKED}, {@link #WOKEN} or
   * {@link #NONE}. Only a blocked thread is known not to act again by itself.
   */
  private Keyword osWait(Object thread) {
    Worker w = workers.get(thread);
    Thread t = w == null ? null : w.javaThread();
    BlockedWait b = t == null ? null : OsMonitor.blockedWait(t);
    if (b == null) return NONE;
    return b.woken() ? WOKEN : BLOCKED;
  }

  /** Notes a given-up op whose thread may act on while the at-rest observations are taken. */
  private void straggler(Op info, Keyword where) {
    if (where == BLOCKED) return;
    stragglers.add("process " + info.process() + "'s " + info.f() + " was given up on ("
        + info.get("error") + ") while its thread was " + (where == WOKEN ? "woken, waiting for a CPU" : "in no OS wait"));
  }

  /** When the watchdog started counting {@code call}'s time. */
  private long watchedSince(Call call) {
    return Math.max(call.startedAt(), watchFrom);
  }

  /** Client ops are watched; sleeps and nemesis ops are not. */
  private static boolean watched(Object thread, Call call) {
    return thread instanceof Integer && !Gen.isSleep(call.invocation);
  }

  private void watchdog() {
    if (watchFrom == RESTING) return;
    long now = log.now();
    for (Map.Entry<Object, Call> e : new ArrayList<>(inFlight.entrySet())) {
      Call call = e.getValue();
      long ran = now - watchedSince(call);
      if (!watched(e.getKey(), call) || ran < options.opTimeout().toNanos()) continue;
      // A thread a wake has released, or that has not started its op and is in no OS wait, is
      // only waiting for a CPU (a starved machine): abandoning it would leave it acting beside
      // its replacement. It gets a second op timeout.
      if (ran < 2 * options.opTimeout().toNanos() && waitingForCpu(e.getKey(), call)) continue;
      giveUp(e.getKey(), call, now);
    }
  }

  private boolean waitingForCpu(Object thread, Call call) {
    Keyword where = osWait(thread);
    return where == WOKEN || (where == NONE && !call.invoked());
  }

  /**
   * The waits of the ops in flight if the run is certainly hung (see {@link HangDetector}): only
   * when every op in flight is a client op, so no sleep or nemesis op is about to change things.
   */
  private List<BlockedWait> hung() {
    List<Thread> blocked = new ArrayList<>();
    for (Map.Entry<Object, Call> e : inFlight.entrySet()) {
      if (!watched(e.getKey(), e.getValue())) return null;
      blocked.add(workers.get(e.getKey()).javaThread());
    }
    Set<Thread> idle = new HashSet<>();
    workers.forEach((thread, w) -> {
      if (!inFlight.containsKey(thread)) idle.add(w.javaThread());
    });
    return hangs.hung(blocked, idle);
  }

  /** With --keep-going: the watchdog gives up on every op of a certain hang at once. */
  private void giveUpAll(List<BlockedWait> hung, long now) {
    for (Map.Entry<Object, Call> e : new ArrayList<>(inFlight.entrySet())) giveUp(e.getKey(), e.getValue(), now);
  }

  /** Records {@code call} as timed out, abandons its worker and starts a fresh one in its slot. */
  private void giveUp(Object thread, Call call, long now) {
    Keyword where = osWait(thread);
    Op info = call.abandon(log, TIMEOUT, where);
    if (info == null) return; // its completion is in the queue
    straggler(info, where);
    timedOut.add(call.invoke());
    Worker old = workers.get(thread);
    old.interrupt();
    if (where == BLOCKED) awaitLeftWait(old);
    retired.add(old);
    inFlight.remove(thread);
    driver.complete(thread, info, now);
    progress.step();
    phase(phase);
    startWorker((Integer) thread, info.processId() + options.threads());
  }

  /**
   * Waits, up to the op timeout, until the interrupted thread of a blocked op has left the OS
   * wait it was in, before its replacement starts or another op is handed out: Object.wait may return
   * normally to a thread both notified and interrupted, so a wake issued before it ran again
   * would let it act on, unrecorded, beside its replacement.
   */
  private void awaitLeftWait(Worker old) {
    Thread t = old.javaThread();
    BlockedWait wait = OsMonitor.blockedWait(t);
    long deadline = System.nanoTime() + options.opTimeout().toNanos();
    while (wait != null && OsMonitor.blockedWait(t) == wait && System.nanoTime() - deadline < 0) {
      LockSupport.parkNanos(LEFT_WAIT_LOOK);
    }
  }

  private void quiesce() {
    watchFrom = RESTING;
    for (Map.Entry<Object, Call> e : inFlight.entrySet()) {
      if (Gen.isSleep(e.getValue().invocation)) workers.get(e.getKey()).interrupt();
    }
    settle(call -> !Gen.isSleep(call.invocation) && call.invocation.isClient());
    if (nemesis.active()) {
      // Recorded around the switch, so an op completed before this invoke ran with faults on.
      Op stop = log.record(new Op(Op.NEMESIS, Op.Type.INVOKE, Gen.STOP_FAULTS, null, 0, Op.ABSENT, null));
      log.record(nemesis.invoke(stop));
    }
    settle(call -> false);
    inFlight.forEach((thread, c) -> {
      if (watched(thread, c) && !c.invoked()) unstartedAtHook.add(c);
    });
    runHook();
    watchFrom = log.now();
    settle(call -> false);
    // The hook did not see what such an op did afterwards (take a lock, say), nor release it.
    for (Call c : unstartedAtHook) {
      if (c.invoked()) {
        stragglers.add("process " + c.invoke().process() + "'s " + c.invocation.f()
            + " started only after the quiescence hook ran (its worker was waiting for a CPU)");
      }
    }
  }

  /**
   * Waits, up to the quiescence time (up to the op timeout while an op is still running), until
   * every op in flight is one {@code keep} accepts (with {@code call -> false}: until none is in
   * flight).
   */
  private void settle(java.util.function.Predicate<Call> keep) {
    long start = log.now();
    long deadline = start + options.quiesce().toNanos();
    // An op whose thread is not in an OS wait is running (slow on a loaded machine), not blocked:
    // it gets up to the op timeout, or a busy machine would pass for a lost wakeup.
    long runningDeadline = start + Math.max(options.quiesce().toNanos(), options.opTimeout().toNanos());
    while (true) {
      long now = log.now();
      if (inFlight.values().stream().allMatch(keep)) return;
      boolean running = someRunning(keep);
      if (now >= runningDeadline || (now >= deadline && !running)) return;
      if (hung() != null) return; // waiting longer cannot help
      // While ops run, look again every 20 ms: one may enter an OS wait without completing.
      long until = running ? Math.min(runningDeadline, now + 20_000_000L) : deadline;
      await(Math.min(until, watchdogDeadline()) - now);
    }
  }

  /**
   * Whether an op in flight that {@code keep} does not accept is running: its thread in no OS wait
   * and runnable (on a CPU or waiting for one) or not yet started on the op (a worker woken to take
   * it still reads as waiting until it gets a CPU), or in an OS wait a wake has released (it too
   * only waits for a CPU). A thread parked or blocked anywhere else is waiting.
   */
  private boolean someRunning(java.util.function.Predicate<Call> keep) {
    for (Map.Entry<Object, Call> e : inFlight.entrySet()) {
      if (keep.test(e.getValue()) || !watched(e.getKey(), e.getValue())) continue;
      Worker w = workers.get(e.getKey());
      Thread t = w == null ? null : w.javaThread();
      if (t == null) continue;
      BlockedWait b = OsMonitor.blockedWait(t);
      if (b == null ? t.getState() == Thread.State.RUNNABLE || !e.getValue().invoked() : b.woken()) return true;
    }
    return false;
  }

  private void runHook() {
    List<Op> pending = inFlight.values().stream().filter(c -> !Gen.isSleep(c.invocation)).map(Call::invoke).toList();
    int[] fresh = {freshProcess()};
    Quiescence.Phase phase = new Quiescence.Phase() {
      @Override
      public List<Op> inFlight() {
        return pending;
      }

      @Override
      public Op invoke(Op invocation, Client client) {
        Op invoked = log.record(invocation.withType(Op.Type.INVOKE).withProcess(fresh[0]++));
        Op completion;
        try {
          completion = Worker.checked(invoked, client.invoke(invoked));
        } catch (Throwable t) {
          completion = Worker.crash(invoked, t);
        }
        return log.record(completion);
      }
    };
    try {
      workload.quiescence().quiesce(phase);
    } catch (Exception e) {
      throw new IllegalStateException("quiescence hook of " + workload.name() + " failed", e);
    }
  }

  /** A process number no thread has used or will use before the run ends. */
  private int freshProcess() {
    int max = -1;
    for (Object t : driver.context().threads()) {
      Object p = driver.context().process(t);
      if (p instanceof Integer i) max = Math.max(max, i);
    }
    return max + options.threads() + 1;
  }

  private IPersistentMap observeAtRest() {
    IPersistentMap m = PersistentArrayMap.EMPTY;
    for (Map.Entry<String, Supplier<Object>> e : workload.atRest().entrySet()) {
      Object seen;
      try {
        seen = Edn.normalize(e.getValue().get());
      } catch (RuntimeException ex) {
        seen = PersistentVector.create(Keyword.intern("error"), String.valueOf(ex));
      }
      m = m.assoc(Keyword.intern(e.getKey()), seen);
    }
    return m;
  }

  private RunResult judge(IPersistentMap atRest, Duration elapsed) {
    RunContext context = new RunContext(workload.name(), workload.variant(), options.seed(),
        options.threads(), options.history(), stillBlocked, timedOut, atRest,
        stragglers.isEmpty() ? null : String.join("; ", stragglers));
    List<Op> history = log.ops();
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (Map.Entry<String, Checker> e : workload.checkers().entrySet()) {
      Verdict v;
      try {
        v = e.getValue().check(history, context);
      } catch (RuntimeException ex) {
        v = Verdict.unknown().detail("error", String.valueOf(ex)).message("the checker failed: " + ex).build();
      }
      verdicts.put(e.getKey(), v);
    }
    RunResult result = new RunResult(history, context, Verdict.compose(verdicts).toEdn(), nemesis.plan(), elapsed,
        stoppedEarly);
    if (options.history() != null) writeResult(result);
    return result;
  }

  /** The result file next to a history: {@code x.edn} → {@code x.result.edn}. */
  public static Path resultPath(Path history) {
    String name = history.getFileName().toString();
    String base = name.endsWith(".edn") ? name.substring(0, name.length() - 4) : name;
    return history.resolveSibling(base + ".result.edn");
  }

  private static void writeResult(RunResult result) {
    Path p = resultPath(result.historyPath());
    try {
      Files.writeString(p, Edn.print(result.toEdn()) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write result " + p, e);
    }
  }
}
