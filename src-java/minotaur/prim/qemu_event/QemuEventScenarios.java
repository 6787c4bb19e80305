package minotaur.prim.qemu_event;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.scenario.Actor;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.BoolCell;
import minotaur.mem.Memory;
import minotaur.os.EventNotifier;
import minotaur.os.Os;
import minotaur.prim.Variants;

/**
 * Explorer scenarios of family {@code qemu-event} (seed 003), written against three calls so any
 * port plugs in through a {@link Factory}. The user's condition is a cell {@code value}, accessed
 * with {@code atomic_read}/{@code atomic_set} (opaque), as the Promela model's plain variable.
 */
public final class QemuEventScenarios {
  /** A QemuEvent: {@code qemu_event_set}, {@code qemu_event_reset}, {@code qemu_event_wait}. */
  public interface Event {
    void set();

    void reset();

    void await();
  }

  /** Builds a port's event on the explorer's memory and OS, initially set or free. */
  @FunctionalInterface
  public interface Factory {
    Event create(Memory memory, Os os, boolean initiallySet);
  }

  private QemuEventScenarios() {}

  /**
   * The three shapes for every QemuEvent variant and flavour, named {@code
   * qemu-event/<variant>/<shape>} (Win32, the seed's flavour) and {@code
   * qemu-event/<variant>/futex-<shape>} (the futex flavour: a sub-name of the shape, so every
   * scenario of a variant shares its prefix).
   */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    for (QemuEventVariant.Flavour flavour : QemuEventVariant.Flavour.values()) {
      for (QemuEventVariant variant : QemuEventVariant.values()) {
        if (!variant.supports(flavour)) continue;
        String prefix = QemuEventWorkload.NAME + "/" + Variants.cliName(variant) + "/"
            + (flavour == QemuEventVariant.Flavour.FUTEX ? "futex-" : "");
        Factory factory = (memory, os, init) -> port(QemuEvents.create(variant, flavour, memory, os, init));
        all.add(promela(prefix + "promela", factory, false));
        all.add(promela(prefix + "promela-set", factory, true));
        all.add(resetRace(prefix + "reset-race", factory));
      }
    }
    return all;
  }

  private static Event port(QemuEvent ev) {
    return new Event() {
      @Override public void set() {
        ev.qemuEventSet();
      }

      @Override public void reset() {
        ev.qemuEventReset();
      }

      @Override public void await() {
        ev.qemuEventWait();
      }
    };
  }

  /**
   * QEMU's docs/win32-qemu-event.promela: a waiter ({@code if !value { reset; if !value wait }
   * assert value}) and a notifier ({@code value = true; set}). The seed's model starts with the
   * event free; {@code initiallySet} starts it set, as a previous round's notification leaves it.
   * Lost wakeups show as the waiter staying blocked after the notifier finished.
   */
  public static Scenario promela(String name, Factory factory, boolean initiallySet) {
    String description = "QemuEvent, the seed's Promela model: waiter and notifier, event initially "
        + (initiallySet ? "set" : "free");
    return new Scenario(name, description, world -> {
      BoolCell value = world.memory().boolCell("value", false);
      Event ev = factory.create(world.memory(), world.os(), initiallySet);
      world.thread("waiter", self -> waiter(self, value, ev));
      world.thread("notifier", self -> notifier(value, ev));
    });
  }

  /**
   * The Promela model extended as BUGS.md asks for {@code reset-store}: the event starts set and a
   * third thread resets it while the waiter runs; the notifier sets only after that reset returned
   * (it waits on an EventNotifier the resetter sets). A manual-reset event then always ends with
   * the waiter woken: a set that follows every reset wakes whoever waits. A reset whose effect lands
   * after the waiter went busy (busy to free) breaks that.
   */
  public static Scenario resetRace(String name, Factory factory) {
    String description = "QemuEvent: waiter, resetter, and a notifier that sets after the reset; event initially set";
    return new Scenario(name, description, world -> {
      BoolCell value = world.memory().boolCell("value", false);
      Event ev = factory.create(world.memory(), world.os(), true);
      EventNotifier resetDone = world.os().eventNotifier("reset-done");
      world.thread("waiter", self -> waiter(self, value, ev));
      world.thread("notifier", self -> {
        resetDone.awaitSet();
        notifier(value, ev);
      });
      world.thread("resetter", self -> {
        ev.reset();
        resetDone.set();
      });
    });
  }

  private static void waiter(Actor self, BoolCell value, Event ev) {
    self.invoke("wait", null);
    if (!value.getOpaque()) {
      ev.reset();
      if (!value.getOpaque()) ev.await();
    }
    self.check(value.getOpaque(), "waiter returned from the event while value is false");
    self.ok("wait", null);
  }

  private static void notifier(BoolCell value, Event ev) {
    value.setOpaque(true);
    ev.set();
  }
}
