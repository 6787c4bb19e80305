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

(defn differential
  "Compares minotaur with the analyzers (nil: Knossos's) on the random histories of both models
  and seeds; returns {:tally {outcome n}, :failures [message], :errors [message]}. A Knossos exception counts as
  :error, Knossos's failure, not a disagreement; a disagreement or an exception of minotaur's
  own checker is a failure."
  [analyzers seeds]
  (reduce (fn [acc [model seed]]
            (let [h (random-history model seed (+ 3 (mod seed 4)) (+ 20 (mod seed 41)) 40)
                  r (k/compare model 0 h (cond-> {:time-limit 10000} analyzers (assoc :analyzers analyzers)))
                  o (k/outcome r)]
              (cond-> (update-in acc [:tally o] (fnil inc 0))
                (= o :error)
                (update :errors conj (str "Knossos failed on " model " seed " seed ": "
                                          (pr-str (into {} (for [e (:errors r)] [e (:error (get r e))])))))
                (#{:disagree :minotaur-error} o)
                (update :failures conj (str o " on " model " seed " seed ": "
                                            (pr-str (into {} (for [[n v] (dissoc r :agree? :errors :times)]
                                                               [n (:valid? v)])))
                                            "\n" (str/join "\n" (map pr-str h)))))))
          {:tally {} :failures [] :errors []}
          (for [model [:register :cas-register] seed seeds] [model seed])))

(deftest larger-random-histories-agree-with-knossos
  (if-not (k/available?)
    (skip "minotaur.knossos-test/larger-random-histories-agree-with-knossos")
    (let [{:keys [tally failures errors]} (differential nil (range 200))]
      (println "minotaur vs Knossos on 400 random histories:" (pr-str tally))
      (doseq [e errors] (println e))
      (is (empty? failures) (str/join "\n\n" failures)))))

(defn- throwing
  "An analyzer that fails as Knossos 0.3.15's wgl did on :cas-register seed 24."
  [& _]
  (throw (ArrayIndexOutOfBoundsException. "Index 7 out of bounds for length 7")))

(def ^:private wrong
  "An analyzer that answers, wrongly: the opposite of minotaur's verdict."
  (fn [model-name init history opts]
    (update (k/minotaur-analyzer model-name init history opts) :valid? not)))

(deftest an-analyzer-that-throws-is-its-own-result
  ;; Runs without Knossos: pluggable analyzers stand in for it.
  (let [r (k/compare :cas-register 0 history {:analyzers {:wgl throwing :linear k/minotaur-analyzer}})]
    (is (= :error (-> r :wgl :valid?)))
    (is (= "java.lang.ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 7" (-> r :wgl :error)))
    (is (= #{:wgl} (:errors r)))
    (is (false? (-> r :minotaur :valid?)))
    (is (false? (-> r :linear :valid?)))
    (is (:agree? r) "the analyzers that answered agree")
    (is (= :error (k/outcome r)))
    (is (every? number? (vals (:times r))))
    (is (= #{:minotaur :wgl :linear} (set (keys (:times r)))))))

(deftest the-differential-test-counts-errors-apart-from-disagreements
  (let [seeds (range 20)
        both  (* 2 (count seeds))]
    (testing "an analyzer that throws is its failure: counted as :error, not as a failure of ours"
      (let [{:keys [tally failures]} (differential {:wgl throwing :linear k/minotaur-analyzer} seeds)]
        (is (= {:error both} tally))
        (is (empty? failures))))
    (testing "an analyzer that disagrees is caught"
      (let [{:keys [tally failures]} (differential {:wgl wrong} seeds)]
        (is (= both (:disagree tally)) (pr-str tally))
        (is (= both (count failures)))))
    (testing "our own checker throwing is never excused"
      (with-redefs [k/minotaur-analyzer throwing]
        (let [{:keys [tally]} (differential {:wgl wrong} [0])]
          (is (= {:minotaur-error 2} tally)))))))

(deftest without-knossos-compare-says-how-to-add-it
  (when-not (k/available?)
    (let [e (try (k/compare :cas-register 0 history) (catch IllegalStateException e e))]
      (is (instance? IllegalStateException e))
      (is (re-find #"not on the classpath.*:knossos alias.*-Pknossos" (.getMessage ^Exception e))))))

(deftest random-histories-are-well-formed-and-decidable
  ;; Runs without Knossos: the generator makes histories our checker accepts, some not linearizable.
  (let [verdicts (for [seed (range 100)]
                   (:valid? ((requiring-resolve 'minotaur.checker/analysis)
                             :cas-register (random-history :cas-register seed 4 40 40) {:init 0})))]
    (is (every? boolean? verdicts))
    (is (some false? verdicts))
    (is (some true? verdicts))))
