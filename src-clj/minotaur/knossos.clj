(ns minotaur.knossos
  "Side-by-side verdicts of minotaur's checker and Knossos's own wgl and linear analyses, when
  Knossos is on the classpath (the :knossos alias or Maven profile). Knossos is loaded only when
  asked for, so this namespace loads without it."
  (:refer-clojure :exclude [compare])
  (:require [minotaur.checker :as checker]))

(defn available?
  "Can Knossos be loaded?"
  []
  (try (some? (requiring-resolve 'knossos.wgl/analysis))
       (catch Exception _ false)))

(defn knossos-model
  "Knossos's model named like minotaur's (:cas-register, :register, :mutex, ...) at init."
  [name init]
  (let [v (requiring-resolve (symbol "knossos.model" (clojure.core/name name)))]
    (cond (not (fn? @v)) @v                                      ; noop is a value
          (#{"mutex" "set" "unordered-queue" "fifo-queue"} (clojure.core/name name)) (v)
          (nil? init) (v)
          :else (v init))))

(defn compare
  "Checks history with minotaur and with Knossos's wgl and linear analyses on the model named
  model-name at init; returns {:minotaur r :wgl r :linear r :agree? bool}. opts as
  minotaur.checker/analysis (:time-limit in ms is passed to Knossos too). Throws if Knossos is
  not on the classpath."
  ([model-name init history] (compare model-name init history {}))
  ([model-name init history opts]
   (when-not (available?)
     (throw (IllegalStateException.
              "Knossos is not on the classpath: use the :knossos alias (deps.edn) or -Pknossos (Maven)")))
   (let [km       (knossos-model model-name init)
         kopts    (select-keys opts [:time-limit])
         history  (vec history)
         mine     (checker/analysis model-name history (assoc opts :init init))
         wgl      ((requiring-resolve 'knossos.wgl/analysis) km history kopts)
         linear   ((requiring-resolve 'knossos.linear/analysis) km history kopts)]
     {:minotaur mine
      :wgl      wgl
      :linear   linear
      :agree?   (= (:valid? mine) (:valid? wgl) (:valid? linear))})))
