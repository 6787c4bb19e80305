(ns minotaur.verdict-test
  (:require [clojure.test :refer [deftest is testing]]
            [minotaur.core :as core]))

(deftest test!-verdicts
  (testing "a mutant is found, with its property, technique and replay"
    (let [v (core/test! {:family :xen :variant :no-kick :budget 5})]
      (is (false? (:valid? v)) (:text v))
      (is (= "violated" (:outcome v)))
      (is (:as-declared? v))
      (is (= "X2" (-> v :findings first :property)))
      (is (re-find #"^\./minotaur explore --replay xen/no-kick/" (-> v :findings first :replay)))))
  (testing "the correct variant holds and says what it covered"
    (let [v (core/test! {:family :xen :variant :fixed :budget 2 :memory-models ["sc"]})]
      (is (true? (:valid? v)) (:text v))
      (is (re-find #"exhaustive under sc" (:coverage v)))
      (is (re-find #"not covered: tso" (:coverage v))))))
