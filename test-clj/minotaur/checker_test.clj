(ns minotaur.checker-test
  (:require [clojure.edn :as edn]
            [clojure.test :refer [deftest is testing]]
            [minotaur.checker :as c]))

(def stale-read
  [{:process 0 :type :invoke :f :write :value 1}
   {:process 0 :type :ok     :f :write :value 1}
   {:process 1 :type :invoke :f :read  :value nil}
   {:process 1 :type :ok     :f :read  :value 0}])

(deftest java-models
  (let [r (c/analysis (c/model :cas-register 0) stale-read)]
    (is (false? (:valid? r)))
    (is (= 3 (:index (:op r))))
    (is (= 1 (:index (:previous-ok r))))
    (is (= :wgl (:analyzer r)))
    (is (seq (:final-paths r)))
    (is (map? (edn/read-string {:default (fn [_ v] v)} (pr-str r))) "prints as EDN"))
  (is (true? (:valid? (c/analysis :register (pop (pop stale-read)) {:init 0})))))

;; A counter written in Clojure, reified like a Knossos model.
(defrecord Counter [n]
  c/Model
  (step [this op]
    (case (:f op)
      :add  (->Counter (+ n (:value op)))
      :read (if (or (nil? (:value op)) (= n (:value op)))
              this
              (c/inconsistent (str "can't read " (:value op) " from " n))))))

(deftest clojure-models
  (let [h [{:process 0 :type :invoke :f :add  :value 2}
           {:process 1 :type :invoke :f :read :value nil}
           {:process 1 :type :ok     :f :read :value 2}
           {:process 0 :type :ok     :f :add  :value 2}]]
    (is (true? (:valid? (c/analysis (->Counter 0) h))))
    (let [r (c/analysis (->Counter 0) (conj h {:process 1 :type :invoke :f :read :value nil}
                                            {:process 1 :type :ok :f :read :value 3}))]
      (is (false? (:valid? r)))
      (is (= (->Counter 2) (-> r :final-paths first first :model)))))
  (testing "the protocol also steps Java models"
    (is (c/inconsistent? (c/step (c/model :mutex) {:f :release})))))

(defn hard
  "n concurrent writes and a read of a value none wrote: 2^n configurations."
  [n]
  (concat (for [p (range n)] {:process p :type :invoke :f :write :value p})
          [{:process n :type :invoke :f :read :value nil}]
          (for [p (range n)] {:process p :type :ok :f :write :value p})
          [{:process n :type :ok :f :read :value -1}]))

(deftest check-adds-stats-and-limits-give-unknown
  (let [r (c/check :register (hard 8) {:init 0})]
    (is (false? (:valid? r)))
    (is (= 9 (-> r :stats :calls)))
    (is (string? (:summary r))))
  (is (= {:valid? :unknown :cause :timeout :analyzer :wgl}
         (c/analysis :register (hard 40) {:init 0 :time-limit 50})))
  (is (= :max-configs (:cause (c/analysis :register (hard 40) {:init 0 :max-configs 1000})))))
