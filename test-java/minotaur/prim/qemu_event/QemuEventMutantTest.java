package minotaur.prim.qemu_event;

import static minotaur.prim.qemu_event.EventState.EV_SET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import minotaur.mem.Memory;
import minotaur.mem.IntCell;
import minotaur.prim.qemu_event.QemuEventVariant.Flavour;
import org.junit.jupiter.api.Test;

/**
 * Each SC mutant of BUGS.md 003 loses the wakeup in one forced interleaving (named step by step
 * below), and the seed survives the same interleaving. The waiter runs the Promela pattern
 * {@code if (!value) { reset(); if (!value) wait(); }}; the notifier runs {@code value = true;
 * set();}. A lost wakeup is: the notifier has finished, the waiter sleeps, nothing can wake it.
 */
class QemuEventMutantTest {
  private final Memory mem = Memory.jvm();
  private final IntCell value = mem.intCell("value", 0);
  private final List<String> transitions = new CopyOnWriteArrayList<>();

  private QemuEvent event(QemuEventVariant v, Flavour f, boolean init) {
    return QemuEvents.create(v, f, mem, new MonitorOs(), init,
        (from, to) -> transitions.add(EventState.name(from) + "->" + EventState.name(to)));
  }

  private void waiter(QemuEvent ev) {
    if (value.getPlain() == 0) {
      ev.qemuEventReset();
      if (value.getPlain() == 0) ev.qemuEventWait();
    }
  }

  private void notifier(QemuEvent ev) {
    value.setPlain(1);
    ev.qemuEventSet();
  }

  /**
   * reset-store: a second resetter reads SET, the waiter resets, goes busy and sleeps, then the
   * stale store turns busy into free; set sees free and never calls SetEvent/futex_wake.
   */
  private boolean resetStoreInterleavingLosesWakeup(QemuEventVariant v, Flavour f) throws Exception {
    QemuEvent ev = event(v, f, true);
    try (Choreography c = new Choreography()) {
      c.pauseAt("resetter", "qemu-event.reset.before-or");
      Thread resetter = Choreography.start("resetter", ev::qemuEventReset);
      c.awaitArrival("resetter", "qemu-event.reset.before-or"); // it read EV_SET
      Thread waiter = Choreography.start("waiter", () -> waiter(ev));
      Choreography.awaitBlocked(waiter); // reset, read free, went busy, sleeps
      c.release("resetter", "qemu-event.reset.before-or");
      resetter.join(10_000);
      notifier(ev);
      return stillAsleepWhileSet(ev, waiter);
    }
  }

  /** After the notifier returned: is the waiter asleep with the event set (a lost wakeup)? */
  private static boolean stillAsleepWhileSet(QemuEvent ev, Thread waiter) throws Exception {
    waiter.join(2_000);
    boolean lost = waiter.isAlive();
    if (lost) {
      assertEquals(EV_SET, ev.state(), "the waiter sleeps although the event is set");
      waiter.interrupt();
    }
    return lost;
  }

  @Test
  void resetStoreLosesTheWakeupAndTakesBusyToFree() throws Exception {
    for (Flavour f : Flavour.values()) {
      transitions.clear();
      value.setPlain(0);
      assertTrue(resetStoreInterleavingLosesWakeup(QemuEventVariant.RESET_STORE, f), f.name());
      assertTrue(transitions.contains("busy->free"), f + ": W3 violated: " + transitions);
    }
  }

  @Test
  void seedSurvivesTheResetStoreInterleaving() throws Exception {
    for (Flavour f : Flavour.values()) {
      transitions.clear();
      value.setPlain(0);
      assertFalse(resetStoreInterleavingLosesWakeup(QemuEventVariant.SEED, f), f.name());
      assertTrue(transitions.stream().allMatch(t -> !t.equals("busy->free")), transitions.toString());
    }
  }

  /** reset-event-late: the waiter goes busy, set sees busy and calls SetEvent, then the waiter resets the kernel event. */
  @Test
  void resetEventLateClearsTheSetEvent() throws Exception {
    QemuEvent ev = event(QemuEventVariant.RESET_EVENT_LATE, Flavour.WIN32, false);
    try (Choreography c = new Choreography()) {
      c.pauseAt("waiter", "qemu-event.wait.before-reset-event");
      Thread waiter = Choreography.start("waiter", () -> waiter(ev));
      c.awaitArrival("waiter", "qemu-event.wait.before-reset-event");
      notifier(ev);
      c.release("waiter", "qemu-event.wait.before-reset-event");
      Choreography.awaitBlocked(waiter);
      assertTrue(stillAsleepWhileSet(ev, waiter));
    }
  }

  /** The seed with the setter in the same place (after the waiter's CAS, before it sleeps). */
  @Test
  void seedSurvivesASetBetweenCasAndSleep() throws Exception {
    QemuEvent ev = event(QemuEventVariant.SEED, Flavour.WIN32, false);
    try (Choreography c = new Choreography()) {
      c.pauseAt("waiter", "qemu-event.wait.before-wait");
      Thread waiter = Choreography.start("waiter", () -> waiter(ev));
      c.awaitArrival("waiter", "qemu-event.wait.before-wait");
      notifier(ev);
      c.release("waiter", "qemu-event.wait.before-wait");
      assertFalse(stillAsleepWhileSet(ev, waiter));
    }
  }

  /** no-busy: the waiter sleeps while the state says free, so set swaps free→set and never signals. */
  @Test
  void noBusySleepsUnannounced() throws Exception {
    QemuEvent ev = event(QemuEventVariant.NO_BUSY, Flavour.WIN32, false);
    Thread waiter = Choreography.start("waiter", () -> waiter(ev));
    Choreography.awaitBlocked(waiter);
    notifier(ev);
    assertTrue(stillAsleepWhileSet(ev, waiter));
    assertEquals(List.of("free->set"), transitions);
  }

  @Test
  void beforeIsThePlainKernelEvent() throws Exception {
    QemuEvent ev = event(QemuEventVariant.BEFORE, Flavour.WIN32, false);
    Thread waiter = Choreography.start("waiter", () -> waiter(ev));
    Choreography.awaitBlocked(waiter);
    notifier(ev);
    assertFalse(stillAsleepWhileSet(ev, waiter));
  }
}
