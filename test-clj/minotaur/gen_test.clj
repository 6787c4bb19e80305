(ns minotaur.gen-test
  (:require [clojure.test :refer [deftest is testing]]
            [minotaur.gen :as gen]))

(defn- invokes [h] (filterv #(= :invoke (:type %)) h))
(defn- fs [h] (mapv :f (invokes h)))

(deftest data-is-a-generator
  (testing "a map is one op"
    (is (= [:read] (fs (gen/simulate {:f :read})))))
  (testing "a sequence runs in order"
    (is (= [:read :write :cas] (fs (gen/simulate [{:f :read} {:f :write :value 1} {:f :cas :value [1 2]}] {:threads 1})))))
  (testing "extra keys are kept"
    (is (= :x (:key (first (gen/simulate {:f :read :key :x}))))))
  (testing "a function is called for every op until it returns nil"
    (is (= 5 (count (invokes (gen/simulate (gen/limit 5 (fn [ctx] {:f :write :value (gen/rand-int ctx 10)})))))))
    (is (empty? (gen/simulate (fn [_] nil))))))

(deftest combinators
  (is (= 4 (count (invokes (gen/simulate (gen/repeat 4 {:f :read}))))))
  (is (= 1 (count (invokes (gen/simulate (gen/once (gen/repeat {:f :read})))))))
  (is (= [:a :b :a] (fs (gen/simulate (gen/limit 3 (gen/cycle [{:f :a} {:f :b}])) {:threads 1}))))
  (is (= #{:a :b} (set (fs (gen/simulate (gen/limit 100 (gen/mix [(gen/repeat {:f :a}) (gen/repeat {:f :b})])))))))
  (is (every? #(< (:time %) 50000000)
              (invokes (gen/simulate (gen/time-limit 0.05 (gen/stagger 0.001 (gen/repeat {:f :read})))))))
  (is (= [0 10000000 20000000]
         (mapv :time (invokes (gen/simulate (gen/limit 3 (gen/delay 0.01 (gen/repeat {:f :read}))) {:threads 1})))))
  (is (= [:a :b] (fs (gen/simulate [{:f :a} (gen/sleep 0.01) {:f :b}] {:threads 1}))))
  (is (= {0 2, 1 2} (frequencies (map :process (invokes (gen/simulate (gen/each-thread [{:f :a} {:f :b}]) {:threads 2}))))))
  (let [h (gen/simulate (gen/phases (gen/repeat 3 {:f :w}) (gen/repeat 3 {:f :r})) {:threads 3})
        last-w (apply max (map :index (filter #(and (= :ok (:type %)) (= :w (:f %))) h)))
        first-r (apply min (map :index (filter #(and (= :invoke (:type %)) (= :r (:f %))) h)))]
    (is (< last-w first-r)))
  (is (= #{1} (set (map :process (invokes (gen/simulate (gen/limit 10 (gen/on-threads #{1} (gen/repeat {:f :r})))))))))
  (let [h (invokes (gen/simulate (gen/limit 60 (gen/reserve 1 (gen/repeat {:f :w}) (gen/repeat {:f :r}))) {:threads 3}))]
    (is (= #{:w} (set (map :f (filter #(= 0 (:process %)) h)))))
    (is (= #{:r} (set (map :f (remove #(= 0 (:process %)) h))))))
  (let [h (invokes (gen/simulate (gen/nemesis (gen/fault-windows 0.002 0.002)
                                              (gen/delay 0.001 (gen/repeat 20 {:f :r})))
                                 {:threads 2 :nemesis? true}))]
    (is (= 20 (count (filter #(integer? (:process %)) h))))
    (is (= :start-faults (:f (first (filter #(= :nemesis (:process %)) h))))))
  (let [h (invokes (gen/simulate (gen/nemesis (gen/pauses 0.002 0.005) (gen/delay 0.001 (gen/repeat 30 {:f :r})))
                                 {:threads 3 :nemesis? true :seed 2}))
        pauses (filter #(= :pause (:f %)) h)]
    (is (seq pauses))
    (is (every? #(and (= :nemesis (:process %)) (<= 0 (get-in % [:value :thread]) 2)
                      (= 5000000 (get-in % [:value :nanos])))
                pauses)))
  (is (= {:thread 1 :nanos 2000000} (:value (first (gen/simulate (gen/nemesis (gen/pause 1 0.002)) {:nemesis? true}))))))

(deftest seeded
  (let [g (gen/limit 100 (gen/mix [(gen/repeat {:f :read}) (fn [ctx] {:f :write :value (gen/rand-int ctx 5)})]))]
    (is (= (gen/simulate g {:seed 3}) (gen/simulate g {:seed 3})))
    (is (not= (gen/simulate g {:seed 3}) (gen/simulate g {:seed 4})))))
