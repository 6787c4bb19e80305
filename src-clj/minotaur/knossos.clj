(ns minotaur.knossos
  "Side-by-side verdicts of minotaur's checker and other analyzers of the same history: by
  default Knossos's own wgl and linear analyses, when Knossos is on the classpath (the :knossos
  alias or Maven profile). Knossos is loaded only when asked for, so this namespace loads
  without it.

  An analyzer is a function of [model-name init history opts] returning a Knossos-shaped result
  map. One that throws (Knossos 0.3.15's wgl does, with an ArrayIndexOutOfBoundsException in
  knossos.model.memo, on some cas-register histories) is reported as its own result,
  {:valid? :error :error \"...\"}, never thrown out of compare: it is that analyzer's failure, and
  the other analyzers' verdicts still count."
  (:refer-clojure :exclude [compare])
  (:require [minotaur.checker :as checker]))

(def not-on-classpath
  "Why compare cannot run Knossos, and how to let it."
  (str "Knossos is not on the classpath: add it with the :knossos alias (clojure -M:knossos ...), "
       "lein with-profile +knossos, or mvn -Pknossos (Knossos 0.3.15 is on Clojars)"))

(defn available?
  "Can Knossos be loaded?"
  []
  (try (some? (requiring-resolve 'knossos.wgl/analysis))
       (catch Throwable _ false)))

(defn knossos-model
  "Knossos's model named like minotaur's (:cas-register, :register, :mutex, ...) at init."
  [name init]
  (let [n (clojure.core/name name)
        v (try (requiring-resolve (symbol "knossos.model" n))
               (catch Exception _ nil))]
    (cond (nil? v) (throw (IllegalArgumentException. (str "Knossos has no model named " n)))
          (not (fn? @v)) @v                                      ; noop is a value
          (#{"mutex" "set" "unordered-queue" "fifo-queue"} n) (v)
          (nil? init) (v)
          :else (v init))))

(defn- knossos-analyzer
  "The analyzer running Knossos's analysis named by the symbol sym."
  [sym]
  (fn [model-name init history opts]
    (when-not (available?) (throw (IllegalStateException. ^String not-on-classpath)))
    ((requiring-resolve sym) (knossos-model model-name init) history (select-keys opts [:time-limit]))))

(def knossos-analyzers
  "Knossos's wgl and linear analyses, by name."
  {:wgl    (knossos-analyzer 'knossos.wgl/analysis)
   :linear (knossos-analyzer 'knossos.linear/analysis)})

(defn minotaur-analyzer
  "minotaur's own checker as an analyzer."
  [model-name init history opts]
  (checker/analysis model-name history (assoc opts :init init)))

(defn- error-message [^Throwable t]
  (str (.getName (class t)) (when-let [m (.getMessage t)] (str ": " m))))

(defn run-analyzer
  "Runs one analyzer; returns [result ms]. A Throwable it throws becomes the result
  {:valid? :error :error \"Class: message\"}, except the JVM's own distress (out of memory and
  the like, not a stack overflow), which no result can contain."
  [analyzer model-name init history opts]
  (let [start (System/nanoTime)
        r     (try (analyzer model-name init history opts)
                   (catch StackOverflowError e {:valid? :error :error (error-message e)})
                   (catch VirtualMachineError e (throw e))
                   (catch Throwable e {:valid? :error :error (error-message e)}))]
    [r (/ (- (System/nanoTime) start) 1e6)]))

(defn compare
  "Checks history with minotaur and with each analyzer (default: Knossos's wgl and linear) on the
  model named model-name at init. Returns
  {:minotaur r, <analyzer name> r..., :agree? bool, :errors #{names}, :times {name ms}}:
  :errors are the analyzers (minotaur included) that threw, each result then
  {:valid? :error :error \"...\"}; :agree? is true when every analyzer that answered gave
  minotaur's :valid?. opts as minotaur.checker/analysis (:time-limit in ms goes to Knossos too),
  plus :analyzers, a map of name to analyzer replacing Knossos's. Without :analyzers and
  without Knossos on the classpath, throws IllegalStateException saying how to add it."
  ([model-name init history] (compare model-name init history {}))
  ([model-name init history opts]
   (let [analyzers (:analyzers opts)]
     (when (and (nil? analyzers) (not (available?)))
       (throw (IllegalStateException. ^String not-on-classpath)))
     (let [history (vec history)
           opts    (dissoc opts :analyzers)
           all     (into [[:minotaur minotaur-analyzer]] (or analyzers knossos-analyzers))
           runs    (into {} (for [[name a] all] [name (run-analyzer a model-name init history opts)]))
           results (into {} (for [[name [r]] runs] [name r]))
           errors  (into #{} (for [[name r] results :when (= :error (:valid? r))] name))
           mine    (:valid? (:minotaur results))
           answers (for [[name r] results :when (not (errors name))] (:valid? r))]
       (assoc results
              :agree? (and (not (errors :minotaur)) (every? #(= mine %) answers))
              :errors errors
              :times  (into {} (for [[name [_ ms]] runs] [name ms])))))))

(defn outcome
  "What one compare result counts as in a differential test: :agree, :error (an analyzer other
  than minotaur threw; the others agree), :unknown (some analyzer gave up), :disagree, or
  :minotaur-error (our checker threw: our failure, never excused)."
  [r]
  (let [errors (:errors r)]
    (cond (contains? errors :minotaur) :minotaur-error
          (:agree? r) (if (seq errors) :error :agree)
          (some #{:unknown} (keep :valid? (vals (apply dissoc r :agree? :errors :times (seq errors))))) :unknown
          :else :disagree)))
