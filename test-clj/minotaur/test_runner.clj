(ns minotaur.test-runner
  "Runs every clojure.test namespace under test-clj/: the one runner behind
  `clojure -M:test`, `clojure -X:test`, `lein test` and the JUnit suite in `mvn test`."
  (:require [clojure.java.io :as io]
            [clojure.string :as str]
            [clojure.test :as t]))

(defn- classpath-test-dirs
  "Directories on the classpath that hold minotaur/*_test.clj files."
  []
  (->> (str/split (System/getProperty "java.class.path") (re-pattern java.io.File/pathSeparator))
       (map io/file)
       (filter #(.isDirectory (io/file % "minotaur")))))

(defn test-namespaces
  "Symbols of all minotaur.*-test namespaces found under `dirs` (default: test-clj on the classpath,
  or ./test-clj)."
  ([] (test-namespaces (let [dirs (classpath-test-dirs)]
                         (if (seq dirs) dirs [(io/file "test-clj")]))))
  ([dirs]
   (->> dirs
        (mapcat (fn [dir]
                  (let [root (.toPath (io/file dir))]
                    (for [^java.io.File f (file-seq (io/file dir "minotaur"))
                          :when (str/ends-with? (.getName f) "_test.clj")]
                      (str (.relativize root (.toPath f)))))))
        (map #(-> %
                  (str/replace #"\.clj$" "")
                  (str/replace java.io.File/separator ".")
                  (str/replace "_" "-")
                  symbol))
        distinct
        sort)))

(defn run-all
  "Loads and runs every test namespace; returns clojure.test's summary map."
  []
  (let [nss (test-namespaces)]
    (doseq [ns-sym nss] (require ns-sym))
    (apply t/run-tests nss)))

(defn run
  "Entry point for `clojure -X:test`: exits 1 when any test fails or errs."
  [_opts]
  (let [{:keys [fail error]} (run-all)]
    (shutdown-agents)
    (System/exit (if (zero? (+ fail error)) 0 1))))

(defn -main
  "Entry point for `clojure -M:test`."
  [& _args]
  (run {}))
