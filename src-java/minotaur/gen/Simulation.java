package minotaur.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.UnaryOperator;
import minotaur.history.Op;

/**
 * Runs a generator against simulated processes, in simulated time and one thread, to see which
 * history it makes: every op completes {@code latency} ns after its invocation, with the
 * completion {@code complete} gives (default {@code :ok}). The same generator and seed give the
 * same history; used to test generators and to preview a workload's ops.
 */
public final class Simulation {
  private Simulation() {}

  /** Completions are {@code :ok} with the invocation's value. */
  public static List<Op> run(Generator gen, Context ctx, long latency, int maxOps) {
    return run(gen, ctx, latency, maxOps, inv -> inv.withType(Op.Type.OK));
  }

  /**
   * The history (invokes and completions, {@code :time} and {@code :index} set) of running
   * {@code gen} from {@code ctx} until it is exhausted or {@code maxOps} ops were invoked.
   *
   * @throws IllegalStateException if the generator stays pending with nothing in flight
   */
  public static List<Op> run(Generator gen, Context ctx, long latency, int maxOps,
      UnaryOperator<Op> complete) {
    record InFlight(long at, long seq, Object thread, Op invocation) {}
    PriorityQueue<InFlight> inFlight = new PriorityQueue<>((a, b) ->
        a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    Driver driver = new Driver(gen, ctx);
    List<Op> history = new ArrayList<>();
    long now = ctx.time();
    long seq = 0;
    int invoked = 0;
    while (true) {
      Next n = invoked < maxOps ? driver.ask(now) : Next.exhausted();
      InFlight first = inFlight.peek();
      if (n.isEmit() && (first == null || n.op().time() <= first.at)) {
        now = Math.max(now, n.op().time());
        Op op = n.op().withTime(now);
        Object thread = driver.take(n);
        boolean sleep = Gen.isSleep(op);
        if (!sleep) {
          history.add(op.withIndex(history.size()));
          invoked++;
        }
        inFlight.add(new InFlight(now + (sleep ? (Long) op.value() : latency), seq++, thread, op));
        continue;
      }
      if (first == null) {
        if (n.isExhausted()) return history;
        throw new IllegalStateException("generator pending with no op in flight at " + now
            + " ns; history so far: " + history.size() + " ops");
      }
      inFlight.poll();
      now = first.at;
      Op completion;
      if (Gen.isSleep(first.invocation)) {
        completion = first.invocation;
      } else {
        completion = complete.apply(first.invocation).withTime(now).withIndex(history.size());
        history.add(completion);
      }
      driver.complete(first.thread, completion, now);
    }
  }
}
