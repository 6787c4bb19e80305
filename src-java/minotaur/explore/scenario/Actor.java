package minotaur.explore.scenario;

import minotaur.history.Op;

/**
 * A scenario thread's handle on its run: its process id and name, history recording (process id =
 * thread number; time = the step count when explored, nanoseconds on real threads) and
 * Promela-style assertions.
 */
public final class Actor {
  private final ActorHost run;
  private final int id;

  /** Built by the engine for thread {@code id} of a run it hosts. */
  public Actor(ActorHost run, int id) {
    this.run = run;
    this.id = id;
  }

  /** The thread number, also its {@code :process} in the history. */
  public int id() {
    return id;
  }

  public String name() {
    return run.threadName(id);
  }

  public void invoke(String f, Object value) {
    run.record(id, Op.Type.INVOKE, f, value);
  }

  public void ok(String f, Object value) {
    run.record(id, Op.Type.OK, f, value);
  }

  public void fail(String f, Object value) {
    run.record(id, Op.Type.FAIL, f, value);
  }

  public void info(String f, Object value) {
    run.record(id, Op.Type.INFO, f, value);
  }

  /** Promela's {@code assert}: fails the run with {@code what} unless {@code holds}. */
  public void check(boolean holds, String what) {
    Check.that(holds, what);
  }
}
