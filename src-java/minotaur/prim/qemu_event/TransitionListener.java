package minotaur.prim.qemu_event;

/** Told of every change of {@code ev->value}, by the thread that made it (W3 checks these). */
@FunctionalInterface
public interface TransitionListener {
  void transition(int from, int to);
}
