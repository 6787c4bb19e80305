package minotaur.run;

import java.util.ArrayList;
import java.util.List;
import minotaur.fault.FaultEvent;
import minotaur.history.Op;
import minotaur.history.Recorder;

/**
 * The run's history as workers record it: stamps each op with the time since the start of the run
 * and appends it, under one lock, so that {@code :index} order and {@code :time} order agree
 * and both follow real time (an op recorded after another really happened after it).
 *
 * <p>Fault events are {@code :nemesis} {@code :info} ops that stand alone. A standalone
 * {@code :info} of the nemesis while one of its invocations is open would read as that
 * invocation's completion, so an event arriving then waits and is appended right after the
 * completion (its value keeps how long it lasted).
 */
final class RunLog {
  private final Recorder recorder;
  private final long start;
  private final List<FaultEvent> waiting = new ArrayList<>();
  private boolean nemesisOpen;
  private boolean closed;

  RunLog(Recorder recorder, long start) {
    this.recorder = recorder;
    this.start = start;
  }

  /** Nanoseconds since the run started. */
  long now() {
    return System.nanoTime() - start;
  }

  /** {@code nanoTime} ({@link System#nanoTime()}) as run time: nanoseconds since the run started. */
  long since(long nanoTime) {
    return nanoTime - start;
  }

  synchronized Op record(Op op) {
    Op recorded = recorder.record(op.withTime(now()));
    if (!op.isClient()) {
      nemesisOpen = op.isInvoke();
      if (!nemesisOpen) flushEvents();
    }
    return recorded;
  }

  /** Records what the fault plan did, as a standalone nemesis op; ignored once the log is closed. */
  synchronized void recordEvent(FaultEvent e) {
    if (closed) return;
    if (nemesisOpen) waiting.add(e);
    else recorder.record(e.toOp(start).withTime(now()));
  }

  private void flushEvents() {
    for (FaultEvent e : waiting) recorder.record(e.toOp(start).withTime(now()));
    waiting.clear();
  }

  List<Op> ops() {
    return recorder.ops();
  }

  synchronized void close() {
    if (closed) return;
    closed = true;
    if (!nemesisOpen) flushEvents();
    recorder.close();
  }
}
