// Seed 003: two buttons, each with its own environment record.
const document = {
  elements: {},
  querySelector(selector) {
    if (!this.elements[selector]) {
      const listeners = {}
      this.elements[selector] = {
        innerHTML: '',
        addEventListener(type, fn) { (listeners[type] ||= []).push(fn) },
        dispatch(type) { for (const fn of listeners[type] || []) fn() },
      }
    }
    return this.elements[selector]
  },
}
// <button id="counter"></button>
// <button id="counter2"></button>
function setupCounter(element) {
  let counter = 0
  const setCounter = (count) => {
    counter = count
    element.innerHTML = `count is ${counter}`
  }
  element.addEventListener('click', () => {
    setCounter(counter + 1)
  })
  setCounter(0)
}
setupCounter(document.querySelector('#counter'))
setupCounter(document.querySelector('#counter2'))
const b1 = document.querySelector('#counter')
const b2 = document.querySelector('#counter2')
b1.dispatch('click')
b1.dispatch('click')
b1.dispatch('click')
b2.dispatch('click')
console.log(b1.innerHTML)
console.log(b2.innerHTML)

// expect: count is 3
// expect: count is 1
