(ns minotaur.knossos-test
  "Minotaur's checker against Knossos's own wgl and linear analyses. Runs only with Knossos on the
  classpath (the :knossos alias, or mvn -Pknossos, which needs Clojars); otherwise each test
  prints why it is skipped."
  (:require [clojure.string :as str]
            [clojure.test :refer [deftest is testing]]
            [minotaur.knossos :as k]))

(def history
  [{:process 0 :type :invoke :f :write :value 1}
   {:process 1 :type :invoke :f :read  :value nil}
   {:process 0 :type :info   :f :write :value 1}
   {:process 1 :type :ok     :f :read  :value 1}
   {:process 2 :type :invoke :f :read  :value nil}
   {:process 2 :type :ok     :f :read  :value 0}])

(defn- skip [test-name]
  (println "SKIPPED" test-name ": Knossos is not on the classpath"
           "(use the :knossos alias or mvn -Pknossos)"))

(deftest compare-with-knossos
  (if-not (k/available?)
    (skip "minotaur.knossos-test/compare-with-knossos")
    (let [r (k/compare :cas-register 0 history)]
      (is (:agree? r) (pr-str r))
      (is (false? (-> r :minotaur :valid?))))))

(defn random-history
  "A register or cas-register history of `processes` clients and `calls` calls, simulated
  against a real register from `init`, each call taking effect at a random moment of its
  interval; calls fail, crash (:info, the process is replaced) or are left open, and one result
  in `corrupt` is made up, so that some histories are not linearizable. A function of the seed."
  [model seed processes calls corrupt]
  (let [rnd (java.util.Random. seed)
        n   #(.nextInt rnd %)]
    (loop [value 0, ids (vec (range processes)), next-id processes,
           running (vec (repeat processes nil)), invoked 0, ops []]
      (let [s  (n processes)
            op (running s)]
        (cond
          (and (= invoked calls) (every? nil? running)) ops

          (nil? op)
          (if (= invoked calls)
            (recur value ids next-id running invoked ops)
            (let [f   (if (= model :cas-register) ([:read :write :cas] (n 3)) ([:read :write] (n 2)))
                  v   (case f :read nil :write (long (n 4)) :cas [(long (n 4)) (long (n 4))])
                  inv {:process (ids s) :type :invoke :f f :value v}]
              (recur value ids next-id (assoc running s {:invoke inv}) (inc invoked) (conj ops inv))))

          (not (contains? op :result))
          (let [inv (:invoke op)
                f   (:f inv)
                [value' result ok?] (case f
                                      :read  [value value true]
                                      :write [(:value inv) (:value inv) true]
                                      :cas   (let [[old new] (:value inv)]
                                               (if (= old value) [new (:value inv) true] [value (:value inv) false])))
                result (if (and (= f :read) (zero? (n corrupt))) (long (n 4)) result)]
            ;; A crash before taking effect: the call never happens, or may still.
            (if (zero? (n 20))
              (recur value (assoc ids s next-id) (inc next-id) (assoc running s nil) invoked
                     (conj ops {:process (ids s) :type :info :f (:f inv) :value (:value inv)}))
              (recur value' ids next-id (assoc running s (assoc op :result result :ok? ok?)) invoked ops)))

          :else
          (let [{:keys [invoke result ok?]} op
                type (cond (not ok?) :fail (zero? (n 20)) :info :else :ok)
                done {:process (ids s) :type type :f (:f invoke) :value result}]
            (if (= type :info)
              (recur value (assoc ids s next-id) (inc next-id) (assoc running s nil) invoked (conj ops done))
              (recur value ids next-id (assoc running s nil) invoked (conj ops done)))))))))

(deftest larger-random-histories-agree-with-knossos
  (if-not (k/available?)
    (skip "minotaur.knossos-test/larger-random-histories-agree-with-knossos")
    (doseq [model [:register :cas-register]
            seed  (range 200)]
      (let [h (random-history model seed (+ 3 (mod seed 4)) (+ 20 (mod seed 41)) 40)
            r (k/compare model 0 h {:time-limit 10000})]
        (testing (str model " seed " seed)
          (is (or (:agree? r) (some #{:unknown} (map :valid? (vals (select-keys r [:minotaur :wgl :linear])))))
              (str "disagreement on " model " seed " seed ": "
                   (pr-str (map :valid? [(:minotaur r) (:wgl r) (:linear r)]))
                   "\n" (str/join "\n" (map pr-str h)))))))))

(deftest random-histories-are-well-formed-and-decidable
  ;; Runs without Knossos: the generator makes histories our checker accepts, some not linearizable.
  (let [verdicts (for [seed (range 100)]
                   (:valid? ((requiring-resolve 'minotaur.checker/analysis)
                             :cas-register (random-history :cas-register seed 4 40 40) {:init 0})))]
    (is (every? boolean? verdicts))
    (is (some false? verdicts))
    (is (some true? verdicts))))
