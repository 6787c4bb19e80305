package minotaur.gen;

import minotaur.history.Op;

/**
 * The bookkeeping half of Jepsen's interpreter, with no threads and no clock: it holds the
 * generator and the context, asks for ops, and folds dispatched invocations and recorded
 * completions back in (update the generator, then mark the thread busy or free; a crashed
 * process's thread takes process + concurrency). The runner and {@link Simulation} drive it, one
 * thread at a time.
 */
public final class Driver {
  private Generator gen;
  private Context ctx;

  public Driver(Generator gen, Context ctx) {
    this.gen = gen;
    this.ctx = ctx;
  }

  /** The context as of {@code now}. */
  public Context context() { return ctx; }

  /**
   * Asks for the next op at {@code now}. The answer is only a proposal: {@link #take} the emitted
   * op to dispatch it; an op not taken (scheduled later than something else) is asked again.
   */
  public Next ask(long now) {
    ctx = ctx.withTime(now);
    return gen.op(ctx);
  }

  /** Dispatches the op of {@code answer} (from the last {@link #ask}); returns its thread. */
  public Object take(Next answer) {
    Op op = answer.op();
    Object thread = ctx.thread(op.process());
    if (thread == null || !ctx.isFree(thread)) {
      throw new IllegalStateException("generator emitted an op for a process with no free thread: " + op);
    }
    gen = answer.gen().update(ctx, op);
    ctx = ctx.busy(thread);
    return thread;
  }

  /**
   * Folds in the completion of an op of {@code thread} (for a sleep, the invocation itself). An
   * {@code :info} completion crashes the process: the thread continues as process + concurrency.
   */
  public void complete(Object thread, Op completion, long now) {
    ctx = ctx.withTime(now);
    if (!Gen.isSleep(completion)) gen = gen.update(ctx, completion);
    if (completion.isInfo() && completion.isClient()) {
      ctx = ctx.withProcess(thread, completion.processId() + ctx.concurrency());
    }
    ctx = ctx.free(thread);
  }
}
