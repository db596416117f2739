const words = ["banana", "Apple", "cherry", "apple"];
console.log([...words].sort().join(), "a" < "B", "a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));

// expect: Apple,apple,banana,cherry false -1 1 0
