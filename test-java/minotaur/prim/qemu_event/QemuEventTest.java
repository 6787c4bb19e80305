package minotaur.prim.qemu_event;

import static minotaur.prim.qemu_event.EventState.EV_BUSY;
import static minotaur.prim.qemu_event.EventState.EV_FREE;
import static minotaur.prim.qemu_event.EventState.EV_SET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import minotaur.mem.Memory;
import minotaur.prim.qemu_event.QemuEventVariant.Flavour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Single-thread semantics of every variant, and the slow path of one waiter and one setter. */
class QemuEventTest {
  private static QemuEvent event(QemuEventVariant v, Flavour f, boolean init) {
    return QemuEvents.create(v, f, Memory.jvm(), new MonitorOs(), init);
  }

  @ParameterizedTest
  @EnumSource(QemuEventVariant.class)
  void setResetAndIsSetBehaveAsAManualResetEvent(QemuEventVariant v) {
    for (Flavour f : Flavour.values()) {
      if (!v.supports(f)) continue;
      QemuEvent ev = event(v, f, false);
      assertFalse(ev.isSet(), f + " initially reset");
      ev.qemuEventSet();
      ev.qemuEventSet();
      assertTrue(ev.isSet(), f + " set");
      ev.qemuEventWait(); // returns at once: the event is set
      ev.qemuEventReset();
      assertFalse(ev.isSet(), f + " reset");
      ev.qemuEventReset();
      assertFalse(ev.isSet(), f + " reset twice");
      assertTrue(event(v, f, true).isSet(), f + " init=true");
    }
  }

  @Test
  void win32OnlyVariantsRefuseTheFutexFlavour() {
    for (QemuEventVariant v : List.of(QemuEventVariant.BEFORE, QemuEventVariant.RESET_EVENT_LATE,
        QemuEventVariant.NO_BUSY)) {
      assertThrows(IllegalArgumentException.class, () -> event(v, Flavour.FUTEX, false));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Flavour.class)
  void aBlockedWaiterIsWokenBySetThroughTheBusyState(Flavour f) throws Exception {
    List<String> transitions = new CopyOnWriteArrayList<>();
    QemuEvent ev = QemuEvents.create(QemuEventVariant.SEED, f, Memory.jvm(), new MonitorOs(), false,
        (from, to) -> transitions.add(EventState.name(from) + "->" + EventState.name(to)));
    Thread waiter = Choreography.start("waiter", ev::qemuEventWait);
    Choreography.awaitBlocked(waiter);
    assertEquals(EV_BUSY, ev.state(), "the waiter announced itself");
    ev.qemuEventSet();
    waiter.join(10_000);
    assertFalse(waiter.isAlive(), "set woke the waiter");
    assertEquals(List.of("free->busy", "busy->set"), transitions);
    ev.qemuEventReset();
    assertEquals(EV_FREE, ev.state());
    assertEquals(EV_SET, EventState.EV_SET);
  }
}
