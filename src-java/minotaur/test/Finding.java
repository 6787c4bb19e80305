package minotaur.test;

import java.time.Duration;

/**
 * One violation found by {@code minotaur test}: the property it breaks (the variant's declared
 * property where it declares one for this check, else what the check observed), what the check
 * saw, the technique and memory model that found it, how to replay it, the history written (a
 * file for stress runs, null for explorations: their token replays the history) and how long after
 * the start of the test it was found.
 *
 * @param property a PROPERTIES.md name ({@code A2}) or the failing checker or failure kind
 * @param detail what failed, one line
 * @param technique the technique that found it
 * @param model the memory model ({@code sc}, {@code tso}, ...), or {@code real} for stress runs
 * @param replay the command that reproduces it ({@code ./minotaur explore --replay TOKEN}, or the
 *     {@code run} command with its seed)
 * @param history the history file, or null
 * @param after time from the start of the test to the finding
 * @param confirmation for an exploration finding, how its schedule replayed on real threads
 *     ({@code confirmed on the JVM in 4 of 5 attempts ...}); null for stress findings
 */
public record Finding(String property, String detail, Technique technique, String model, String replay,
    String history, Duration after, String confirmation) {
  /** A finding with no confirmation line (a stress run's: it already ran on real threads). */
  public Finding(String property, String detail, Technique technique, String model, String replay,
      String history, Duration after) {
    this(property, detail, technique, model, replay, history, after, null);
  }
}
