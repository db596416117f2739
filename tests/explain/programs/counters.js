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
counter1.increment()
console.log(counter1.getValue(), counter2.getValue())
var total = counter1.getValue() + counter2.getValue()
