package minotaur.gen;

import java.util.HashMap;
import java.util.Map;
import minotaur.history.Op;

/**
 * Gives every thread its own copy of the child, run in a context holding only that thread; emits
 * the soonest op among the copies; exhausted when every copy is. A thread keeps its copy when its
 * process is renumbered after a crash.
 */
final class EachThread implements Generator {
  private final Generator fresh;
  private final Map<Object, Generator> copies;

  EachThread(Generator fresh, Map<Object, Generator> copies) {
    this.fresh = fresh;
    this.copies = copies;
  }

  @Override
  public Next op(Context ctx) {
    Map<Object, Generator> next = new HashMap<>(copies);
    Object soonestThread = null;
    Next soonest = null;
    boolean live = false;
    for (Object thread : ctx.threads()) {
      Next n = copies.getOrDefault(thread, fresh).op(ctx.restrict(thread::equals));
      if (n.isExhausted()) {
        next.put(thread, Gen.nothing());
        continue;
      }
      live = true;
      if (n.isPending()) {
        next.put(thread, n.gen());
      } else if (soonest == null || n.op().time() < soonest.op().time()) {
        soonest = n;
        soonestThread = thread;
      }
    }
    if (!live) return Next.exhausted();
    if (soonest == null) return Next.pending(new EachThread(fresh, next));
    next.put(soonestThread, soonest.gen());
    return Next.emit(soonest.op(), new EachThread(fresh, next));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    Object thread = ctx.thread(event.process());
    if (thread == null) return this;
    Map<Object, Generator> next = new HashMap<>(copies);
    next.put(thread, copies.getOrDefault(thread, fresh).update(ctx.restrict(thread::equals), event));
    return new EachThread(fresh, next);
  }
}
