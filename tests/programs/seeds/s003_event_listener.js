// Seed 003: closures with event listeners (document faked so that it runs under node).
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
// somewhere on the index.html page
// <button id="counter"></button>
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
const button = document.querySelector('#counter')
console.log(button.innerHTML)
button.dispatch('click')
button.dispatch('click')
console.log(button.innerHTML)

// expect: count is 0
// expect: count is 2
