package minotaur.prim.qemu_event;

import minotaur.mem.IntCell;

/**
 * {@code ev->value} with its transitions reported, for the W3 state-machine invariant.
 *
 * <p>Read-modify-writes report exactly what they changed. A store does not say what it
 * overwrote, so here it is performed as a swap of the same value: that is what reveals the
 * busy→free of {@link QemuEventVariant#RESET_STORE}. The swap is stronger than the plain store it
 * replaces; the lost wakeup it reveals is a sequential-consistency bug, which stronger ordering
 * does not hide. Use an unobserved cell (the explorer does) when the store's weakness matters.
 */
final class ObservedStateCell implements IntCell {
  private final IntCell cell;
  private final TransitionListener listener;

  ObservedStateCell(IntCell cell, TransitionListener listener) {
    this.cell = cell;
    this.listener = listener;
  }

  private int report(int from, int to) {
    if (from != to) listener.transition(from, to);
    return from;
  }

  @Override public String name() { return cell.name(); }
  @Override public int getPlain() { return cell.getPlain(); }
  @Override public int getOpaque() { return cell.getOpaque(); }
  @Override public int getAcquire() { return cell.getAcquire(); }
  @Override public int getVolatile() { return cell.getVolatile(); }
  @Override public void setPlain(int v) { report(cell.getAndSet(v), v); }
  @Override public void setOpaque(int v) { report(cell.getAndSet(v), v); }
  @Override public void setRelease(int v) { report(cell.getAndSet(v), v); }
  @Override public void setVolatile(int v) { report(cell.getAndSet(v), v); }
  @Override public int getAndSet(int v) { return report(cell.getAndSet(v), v); }

  @Override
  public int compareAndExchange(int expected, int v) {
    int witness = cell.compareAndExchange(expected, v);
    if (witness == expected) report(expected, v);
    return witness;
  }

  @Override
  public boolean compareAndSet(int expected, int v) {
    return compareAndExchange(expected, v) == expected;
  }

  @Override
  public int getAndAdd(int delta) {
    int old = cell.getAndAdd(delta);
    return report(old, old + delta);
  }

  @Override
  public int getAndBitwiseOr(int bits) {
    int old = cell.getAndBitwiseOr(bits);
    return report(old, old | bits);
  }

  @Override
  public int getAndBitwiseAnd(int bits) {
    int old = cell.getAndBitwiseAnd(bits);
    return report(old, old & bits);
  }
}
