/**
 * Looking at histories: {@link minotaur.report.Inspection} (summary and text timeline, streaming),
 * {@link minotaur.report.HtmlReport} (self-contained HTML/SVG timeline with the checker's
 * explanation) and {@link minotaur.report.IndexPage} (one page listing a run's histories).
 * Results come in as plain Clojure data; nothing here checks a history.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 2. May import {@code
 * history} only.
 */
package minotaur.report;
