package minotaur.run;

import clojure.lang.Keyword;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.history.Op;
import minotaur.os.OsMonitor;
import minotaur.os.WaitRecord;

/**
 * A Jepsen process's thread: takes calls from its inbox one at a time, runs each against its
 * client (enter, record the invoke, invoke, record the completion, exit) and reports the
 * completion to the runner. After an {@code :info} completion its process has crashed: the
 * worker closes the client and continues as process + concurrency with a fresh client. A worker
 * whose call the runner abandoned exits as soon as it returns from the client. Daemon thread.
 */
final class Worker implements Runnable {
  /** What a worker reports: the completion recorded for a call (the invocation for a sleep). */
  record Completion(Worker worker, Call call, Op op) {}

  private static final Keyword BAD_COMPLETION = Keyword.intern("bad-completion");

  final Object thread;
  private final Client.Factory clients;
  private final int concurrency;
  private final RunLog log;
  private final BlockingQueue<Completion> completions;
  private final BlockingQueue<Call> inbox = new LinkedBlockingQueue<>();
  private final Thread javaThread;
  private Object process;
  private Client client;

  /**
   * A worker for client slot {@code thread} running {@code process}, or for the nemesis
   * ({@code thread} {@code :nemesis}) with {@code client} as its nemesis.
   */
  Worker(Object thread, Object process, Client.Factory clients, Client client, int concurrency,
      RunLog log, BlockingQueue<Completion> completions, String runName) {
    this.thread = thread;
    this.process = process;
    this.clients = clients;
    this.client = client;
    this.concurrency = concurrency;
    this.log = log;
    this.completions = completions;
    this.javaThread = new Thread(this, runName + " " + (process instanceof Integer ? "process " : "") + process);
    javaThread.setDaemon(true);
  }

  void start() {
    javaThread.start();
  }

  void submit(Call call) {
    inbox.add(call);
  }

  /** Interrupts the thread: a blocked {@code os} call throws {@code Abandoned}; an idle worker exits. */
  void interrupt() {
    javaThread.interrupt();
  }

  boolean isAlive() {
    return javaThread.isAlive();
  }

  @Override
  public void run() {
    try {
      if (client == null) open();
      while (true) {
        Call call = inbox.take();
        if (Gen.isSleep(call.invocation)) {
          sleep((Long) call.invocation.value());
          completions.add(new Completion(this, call, call.invocation));
        } else if (!execute(call)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // Interrupted while idle: the run is over.
    }
  }

  /** Runs one client op; false if the runner abandoned it (this thread then exits). */
  private boolean execute(Call call) {
    Throwable entering = null;
    try {
      client.enter(call.invocation);
    } catch (Throwable t) {
      entering = t;
    }
    Op invoked = call.recordInvoke(log);
    if (invoked == null) return false;
    long invokedAt = System.nanoTime();
    Op completion;
    if (entering != null) {
      completion = crash(invoked, entering);
    } else {
      try {
        completion = wokenAt(checked(invoked, client.invoke(invoked)), invokedAt);
      } catch (Throwable t) {
        completion = crash(invoked, t);
      }
    }
    Op recorded = call.recordCompletion(log, completion);
    if (entering == null) {
      try {
        client.exit(recorded != null ? recorded : completion);
      } catch (Throwable t) {
        System.err.println("minotaur: exit of " + completion + " failed: " + t);
      }
    }
    if (recorded == null) return false;
    if (recorded.isInfo() && recorded.isClient()) {
      client.close();
      process = recorded.processId() + concurrency;
      open();
    }
    completions.add(new Completion(this, call, recorded));
    return true;
  }

  /**
   * The completion with {@code :woken-at} (run time) when the op's last OS wait was ended by a
   * wake: on a starved machine the thread may return long after it was released, and a
   * lost-wakeup check must not take that delay for a missed notify.
   */
  private Op wokenAt(Op completion, long invokedAt) {
    WaitRecord w = OsMonitor.lastWait();
    if (w == null || w.startNanos() - invokedAt < 0 || w.releasedNanos() < 0) return completion;
    return completion.with("woken-at", log.since(w.releasedNanos()));
  }

  /**
   * Opens the client of this worker's process and binds the thread to the process, so the fault
   * plan draws its decisions from the (seed, process) stream: a seed replays them per process.
   */
  private void open() {
    Faults.bindProcess((Integer) process);
    client = clients.open((Integer) thread, (Integer) process);
  }

  /** The Java thread (for the nemesis to pause). */
  Thread javaThread() {
    return javaThread;
  }

  /** A client's completion, or an {@code :info} saying why it is not a valid one. */
  static Op checked(Op invoked, Op completion) {
    if (completion == null || completion.isInvoke() || !java.util.Objects.equals(completion.f(), invoked.f())) {
      return invoked.withType(Op.Type.INFO).with("error",
          clojure.lang.PersistentVector.create(BAD_COMPLETION, String.valueOf(completion)));
    }
    return completion.withProcess(invoked.process());
  }

  static Op crash(Op invoked, Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
    return invoked.withType(Op.Type.INFO).with("error", message);
  }

  /** Sleeps {@code nanos}, or less if interrupted (the run is ending). */
  private static void sleep(long nanos) {
    long deadline = System.nanoTime() + nanos;
    for (long left = nanos; left > 0 && !Thread.currentThread().isInterrupted(); left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
    Thread.interrupted();
  }
}
