// Seed 003: each closure has a reference to its own environment record.
function counter() {
let count = 0
function increment() {
count++
}
function getValue() {
return count
}
return { increment, getValue }
}
const counter1 = counter()
const counter2 = counter()
// this updates counter1 environment record
console.log(counter1.getValue()) // 0
counter1.increment()
console.log(counter1.getValue()) // 1
// this updates counter2 environment record
console.log(counter2.getValue()) // 0
counter2.increment()
counter2.increment()
console.log(counter2.getValue()) // 2
// counter1 was not affected
console.log(counter1.getValue()) // 1

// expect: 0
// expect: 1
// expect: 0
// expect: 2
// expect: 1
