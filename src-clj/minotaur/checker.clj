(ns minotaur.checker
  "Linearizability checking from Clojure, on the Java checker (minotaur.check.Linearizability):
  WGL search with Knossos's history semantics, returning Knossos's result map.

  Models are Java models (minotaur.model.Model, e.g. from `model`), or Clojure values that
  implement the `Model` protocol here, as Knossos models implement knossos.model/Model: `step`
  takes an op map and returns the next model, or `(inconsistent msg)`."
  (:import (java.time Duration)
           (minotaur.check CheckOptions CheckResult Linearizability)
           (minotaur.history Edn Op)
           (minotaur.model Inconsistent Models)))

(defprotocol Model
  (step [model op]
    "The model after op (a map with :f and :value), or (inconsistent msg) if op is impossible."))

(defn inconsistent
  "The state of a model after an impossible op; msg says why."
  [msg]
  (Inconsistent. (str msg)))

(defn inconsistent?
  [m]
  (and (instance? minotaur.model.Model m) (.isInconsistent ^minotaur.model.Model m)))

(deftype ClojureModel [m]
  minotaur.model.Model
  (step [_ op]
    (let [m' (step m (.toMap ^Op op))]
      (if (instance? minotaur.model.Model m') m' (ClojureModel. m'))))
  (isInconsistent [_] false)
  (toEdn [_] m)

  Object
  (equals [_ other] (and (instance? ClojureModel other) (= m (.-m ^ClojureModel other))))
  (hashCode [_] (hash m))
  (toString [_] (pr-str m)))

(extend-protocol Model
  minotaur.model.Model
  (step [model op]
    (.step ^minotaur.model.Model model
           (if (instance? Op op)
             op
             (Op. (:process op 0) minotaur.history.Op$Type/INVOKE (:f op) (:value op) -1 -1 nil)))))

(defn model
  "The Java model registered under name (a keyword or string such as :cas-register), starting
  at init."
  ([name] (model name nil))
  ([name init] (Models/named (clojure.core/name name) init)))

(defn- ->model ^minotaur.model.Model [m init]
  (cond (instance? minotaur.model.Model m) m
        (or (keyword? m) (string? m))      (model m init)
        (satisfies? Model m)               (ClojureModel. m)
        :else (throw (IllegalArgumentException.
                       (str "not a model: " (pr-str m)
                            " (expected a minotaur.model.Model, a model name, or a minotaur.checker/Model)")))))

(defn- ->options ^CheckOptions [{:keys [time-limit max-configs parallelism]}]
  (cond-> (CheckOptions/defaults)
    time-limit  (.withTimeLimit (if (instance? Duration time-limit)
                                  time-limit
                                  (Duration/ofMillis (long time-limit))))
    max-configs (.withMaxConfigs (long max-configs))
    parallelism (.withParallelism (int parallelism))))

(defn- ->ops [history]
  (mapv (fn [op] (if (instance? Op op) op (Edn/opFromMap op))) history))

(defn- run ^CheckResult [m history opts]
  (Linearizability/check (->model m (:init opts)) (->ops history) (->options opts)))

(defn analysis
  "Checks a history (a sequence of op maps) against a model, as knossos.wgl/analysis does, and
  returns Knossos's result map: {:valid? true|false|:unknown, :op, :previous-ok, :last-op,
  :final-paths, :configs, :analyzer :wgl, :cause}. opts: :time-limit (ms or a Duration),
  :max-configs, :parallelism, and :init when model is a name."
  ([model history] (analysis model history {}))
  ([model history opts] (.toEdn (run model history opts))))

(defn check
  "Like analysis, plus :stats {:calls :partitions :configs :ms} and a one-line :summary."
  ([model history] (check model history {}))
  ([model history opts]
   (let [r (run model history opts)]
     (assoc (.toEdn r)
            :stats {:calls      (.calls r)
                    :partitions (.partitions r)
                    :configs    (.configs r)
                    :ms         (/ (.elapsedNanos r) 1e6)}
            :summary (.summary r)))))
