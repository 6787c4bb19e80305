;; `lein test` runs the same test-clj suites as `mvn test` and `clojure -M:test`.
;; Java classes come from target/classes: run `mvn -q compile` first. Offline with Debian's
;; leiningen: `lein with-profile -base test` (the base profile would fetch nREPL from Clojars).
(defproject minotaur "0.1.0-SNAPSHOT"
  :description "Jepsen-style linearizability test suite for low-level concurrency primitives"
  :license {:name "EPL-1.0"}
  :dependencies [[org.clojure/clojure "1.12.3"]
                 [info.picocli/picocli "4.7.7"]
                 [me.tongfei/progressbar "0.10.1"]
                 [org.openjdk.jmh/jmh-core "1.37"]]
  :source-paths ["src-clj"]
  :test-paths ["test-clj"]
  :resource-paths ["target/classes"]
  :repositories ^:replace [["central" {:url "https://repo1.maven.org/maven2/" :snapshots false}]]
  :profiles {:knossos {:repositories [["clojars" {:url "https://repo.clojars.org/"}]]
                       :dependencies [[knossos "0.3.15"]]}})
