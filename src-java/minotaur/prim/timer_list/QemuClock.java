package minotaur.prim.timer_list;

/** {@code qemu_clock_get_ns(timer_list->clock->type)}: where a timer list reads "now". */
@FunctionalInterface
public interface QemuClock {
  long getNs();
}
