package minotaur.prim.cas_register;

import java.util.List;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.model.Models;

/**
 * The sequential specification of {@link CasRegister}, in one place for both checkers: the
 * history checker uses {@link #MODEL} (the cas-register model, initial value 0) directly, and
 * Lincheck uses this class as its {@code sequentialSpecification}, whose operations step the
 * same immutable model. Equality is the model state's, so Lincheck can merge equal states.
 */
public final class CasRegisterSpec {
  /** The cas-register model with initial value 0. */
  public static final Model MODEL = Models.named("cas-register", 0L);

  private Model state = MODEL;

  public long read() {
    return (Long) ((minotaur.model.CasRegister) state).value();
  }

  public void write(long v) {
    state = state.step(Op.ok(0, "write", v));
  }

  /** True iff the model accepts a successful CAS from {@code expected} to {@code next} now. */
  public boolean cas(long expected, long next) {
    Model after = state.step(Op.ok(0, "cas", List.of(expected, next)));
    if (after.isInconsistent()) return false;
    state = after;
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CasRegisterSpec s && state.equals(s.state);
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }
}
