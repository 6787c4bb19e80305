package minotaur.cli;

import minotaur.history.BadInput;
import minotaur.history.Edn;
import minotaur.history.HistoryException;
import minotaur.model.Model;
import minotaur.model.Models;
import picocli.CommandLine.Option;

/**
 * The sequential model a history is checked against, shared by {@code check} and {@code report}:
 * {@code --model NAME} and {@code --init EDN} ({@code --initial} is a hidden alias of
 * {@code --init}, the spelling {@code report} once had). The initial value defaults to nil, as in
 * Knossos.
 */
public final class ModelOptions {
  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  void mixee(picocli.CommandLine.Model.CommandSpec spec) {
    command = spec.name();
  }

  private String command = "check";

  @Option(names = "--model", paramLabel = "MODEL",
      description = "Sequential model: register, cas-register, multi-register, mutex, set, unordered-queue, "
          + "fifo-queue, kv, event, shared-exclusive, timer-list, noop.")
  String model;

  @Option(names = "--init", paramLabel = "EDN", description = "The model's initial value as EDN, e.g. 0 or {:x 0 :y 0} (default nil).")
  String init;

  @Option(names = "--initial", hidden = true, paramLabel = "EDN")
  void initial(String value) {
    init = value;
  }

  /** True if {@code --model} was given. */
  boolean given() {
    return model != null;
  }

  /** The model's name as the registry spells it. */
  String name() {
    if (model == null) throw new BadInput("missing --model (e.g. --model cas-register --init 0)");
    return Names.require("model", model, Models.names(), command + " --help");
  }

  /** The initial value, parsed from {@code --init}. */
  Object initialValue() {
    if (init == null) return null;
    try {
      return Edn.read(init, "--init");
    } catch (HistoryException e) {
      throw new BadInput("bad --init '" + init + "': " + e.getMessage());
    }
  }

  /** The model's initial state; a {@link BadInput} for an unknown name or a bad initial value. */
  Model initialModel() {
    return Models.named(name(), initialValue());
  }
}
