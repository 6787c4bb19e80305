package minotaur.gen;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import minotaur.history.Op;

/**
 * Generator combinators, as static functions (Jepsen's {@code jepsen.generator}, same names and
 * semantics unless noted). A workload's ops read like Jepsen's:
 *
 * <pre>{@code
 * Gen.timeLimit(Duration.ofSeconds(10),
 *     Gen.stagger(Duration.ofMillis(1),
 *         Gen.mix(Gen.repeat(Gen.op("read", null)),
 *                 Gen.fn(ctx -> Gen.op("write", (long) ctx.random().nextInt(5))))))
 * }</pre>
 *
 * Durations are wall-clock time from the start of the run; every random choice comes from the
 * context's seeded source.
 */
public final class Gen {
  /** The {@code :f} of {@link #sleep} ops, which the runner executes without recording. */
  public static final Keyword SLEEP = Keyword.intern("minotaur.gen", "sleep");
  /** Nemesis op: install the run's fault plan. */
  public static final Keyword START_FAULTS = Keyword.intern("start-faults");
  /** Nemesis op: remove the fault plan. */
  public static final Keyword STOP_FAULTS = Keyword.intern("stop-faults");
  /**
   * Nemesis op: pause a whole client thread (a descheduled vCPU), value
   * {@code {:thread t :nanos n}}.
   */
  public static final Keyword PAUSE = Keyword.intern("pause");
  /** Keys of a {@link #PAUSE} op's value. */
  public static final Keyword THREAD = Keyword.intern("thread");
  public static final Keyword NANOS = Keyword.intern("nanos");

  private Gen() {}

  /** The generator that emits nothing. */
  public static Generator nothing() {
    return Nothing.INSTANCE;
  }

  /** One op {@code {:f f :value value}} for some free process, once. */
  public static Generator op(String f, Object value) {
    return op(Keyword.intern(f), value, null);
  }

  /** One op with extra keys (e.g. {@code :key}), once. */
  public static Generator op(Keyword f, Object value, IPersistentMap extra) {
    return new Literal(f, value, extra);
  }

  /** Calls {@code fn} for every op and asks the generator it returns (null ends it); infinite. */
  public static Generator fn(Function<Context, Generator> fn) {
    return new FnGen(fn);
  }

  /** Only the first op of {@code gen}. */
  public static Generator once(Generator gen) {
    return limit(1, gen);
  }

  /** At most {@code n} ops of {@code gen}. */
  public static Generator limit(long n, Generator gen) {
    return new Limit(n, gen);
  }

  /** {@code gen}'s first op, again and again, forever (Jepsen's {@code repeat}). */
  public static Generator repeat(Generator gen) {
    return new Repeat(-1, gen);
  }

  /** {@code gen}'s first op, {@code n} times. */
  public static Generator repeat(long n, Generator gen) {
    if (n < 0) throw new IllegalArgumentException("repeat count < 0: " + n);
    return new Repeat(n, gen);
  }

  /** All of {@code gen}, then all of it again, forever. */
  public static Generator cycle(Generator gen) {
    return new Cycle(gen, gen, false);
  }

  /** Each op from one of {@code gens}, chosen uniformly at random. */
  public static Generator mix(Generator... gens) {
    return mix(Arrays.asList(gens));
  }

  public static Generator mix(List<Generator> gens) {
    return new Mix(List.copyOf(gens), -1);
  }

  /** {@code gen}'s ops scheduled within {@code dt} of the first time it is asked. */
  public static Generator timeLimit(Duration dt, Generator gen) {
    return new TimeLimit(dt.toNanos(), -1, gen);
  }

  /** {@code gen}'s ops a random gap apart, uniform in {@code [0, 2 dt)}. */
  public static Generator stagger(Duration dt, Generator gen) {
    return new Spacing(dt.toNanos(), true, -1, gen);
  }

  /** {@code gen}'s ops exactly {@code dt} apart (faster when behind, to catch up). */
  public static Generator delay(Duration dt, Generator gen) {
    return new Spacing(dt.toNanos(), false, -1, gen);
  }

  /** One op that makes the process receiving it idle for {@code dt}; not recorded. */
  public static Generator sleep(Duration dt) {
    return new Sleep(dt.toNanos());
  }

  /** True for the ops of {@link #sleep}. */
  public static boolean isSleep(Op op) {
    return SLEEP.equals(op.f());
  }

  /** A separate copy of {@code gen} for every thread, each seeing only its own thread. */
  public static Generator eachThread(Generator gen) {
    return new EachThread(gen, new HashMap<>());
  }

  /** {@code gens} one after another. */
  public static Generator concat(Generator... gens) {
    return new Concat(List.of(gens), 0);
  }

  public static Generator concat(List<Generator> gens) {
    return new Concat(List.copyOf(gens), 0);
  }

  /** Waits until every thread is free, then runs {@code gen}. */
  public static Generator synchronize(Generator gen) {
    return new Synchronize(gen);
  }

  /** {@code gens} one after another, each starting once every op of the previous has completed. */
  public static Generator phases(Generator... gens) {
    List<Generator> synced = new ArrayList<>(gens.length);
    for (Generator g : gens) synced.add(synchronize(g));
    return concat(synced);
  }

  /** The soonest op of any of {@code gens}; exhausted when all are. */
  public static Generator any(Generator... gens) {
    return new Any(List.of(gens), false);
  }

  /** {@code gen} restricted to the threads satisfying {@code threads}. */
  public static Generator onThreads(Predicate<Object> threads, Generator gen) {
    return new OnThreads(threads, gen);
  }

  /** {@code gen} on the client threads only. */
  public static Generator clients(Generator gen) {
    return onThreads(t -> t instanceof Integer, gen);
  }

  /** {@code gen} on the nemesis thread only: a fault schedule. */
  public static Generator nemesis(Generator gen) {
    return onThreads(Op.NEMESIS::equals, gen);
  }

  /**
   * Client ops from {@code clientGen} with nemesis ops from {@code nemesisGen} alongside, until
   * {@code clientGen} is exhausted. (Unlike Jepsen's two-argument {@code nemesis}, which runs
   * until both are, a cycling fault schedule does not keep the run alive.)
   */
  public static Generator withNemesis(Generator nemesisGen, Generator clientGen) {
    return new Any(List.of(clients(clientGen), nemesis(nemesisGen)), true);
  }

  /**
   * Splits the client threads: the first {@code counts[0]} run {@code gens[0]}, the next
   * {@code counts[1]} run {@code gens[1]}, ..., the remaining ones run {@code rest} (Jepsen's
   * {@code reserve}); e.g. reader threads and writer threads with different op mixes.
   */
  public static Generator reserve(int[] counts, Generator[] gens, Generator rest) {
    if (counts.length != gens.length) throw new IllegalArgumentException("counts and gens differ in length");
    Generator[] parts = new Generator[gens.length + 1];
    int from = 0;
    for (int i = 0; i < gens.length; i++) {
      if (counts[i] < 0) throw new IllegalArgumentException("reserve count < 0: " + counts[i]);
      int lo = from;
      int hi = from + counts[i];
      parts[i] = onThreads(t -> t instanceof Integer n && n >= lo && n < hi, gens[i]);
      from = hi;
    }
    int lo = from;
    parts[gens.length] = onThreads(t -> t instanceof Integer n && n >= lo, rest);
    return any(parts);
  }

  /** The first {@code n} client threads run {@code gen}, the others {@code rest}. */
  public static Generator reserve(int n, Generator gen, Generator rest) {
    return reserve(new int[] {n}, new Generator[] {gen}, rest);
  }

  /** A nemesis that installs the fault plan at the start and leaves it on. */
  public static Generator faultsOn() {
    return nemesis(op(START_FAULTS, null, null));
  }

  /** One {@link #PAUSE} op: stop client thread {@code thread} for {@code length}. */
  public static Generator pause(int thread, Duration length) {
    return op(PAUSE, pauseValue(thread, length.toNanos()), null);
  }

  /**
   * A nemesis that, every {@code every} (staggered, as {@link #stagger}), pauses a client thread
   * chosen at random for {@code length}: a vCPU descheduled by its host. The pause takes effect
   * at the thread's next fault point.
   */
  public static Generator pauses(Duration every, Duration length) {
    long nanos = length.toNanos();
    return nemesis(stagger(every, fn(ctx -> op(PAUSE,
        pauseValue(ctx.random().nextInt(Math.max(1, ctx.concurrency())), nanos), null))));
  }

  private static IPersistentMap pauseValue(int thread, long nanos) {
    return PersistentArrayMap.EMPTY.assoc(THREAD, (long) thread).assoc(NANOS, nanos);
  }

  /** A nemesis that switches the fault plan on for {@code on}, off for {@code off}, in a cycle. */
  public static Generator faultWindows(Duration on, Duration off) {
    return nemesis(cycle(concat(op(START_FAULTS, null, null), sleep(on),
        op(STOP_FAULTS, null, null), sleep(off))));
  }
}
