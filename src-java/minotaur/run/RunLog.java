package minotaur.run;

import java.util.List;
import minotaur.history.Op;
import minotaur.history.Recorder;

/**
 * The run's history as workers record it: stamps each op with the time since the start of the run
 * and appends it, under one lock, so that {@code :index} order and {@code :time} order agree
 * and both follow real time (an op recorded after another really happened after it).
 */
final class RunLog {
  private final Recorder recorder;
  private final long start;

  RunLog(Recorder recorder, long start) {
    this.recorder = recorder;
    this.start = start;
  }

  /** Nanoseconds since the run started. */
  long now() {
    return System.nanoTime() - start;
  }

  synchronized Op record(Op op) {
    return recorder.record(op.withTime(now()));
  }

  List<Op> ops() {
    return recorder.ops();
  }

  void close() {
    recorder.close();
  }
}
