// Seed 000: "this well-known example doesn't work": every handler shares the same `i`.
// The browser's document and elements are faked so that the program runs under node.
"use strict";

function makeElement(id) {
  return {
    id: id,
    innerHTML: "",
    handlers: [],
    addEventListener: function (type, handler) { this.handlers.push(handler); },
    click: function () { for (var h of this.handlers) h.call(this); }
  };
}
var document = {
  elements: [makeElement("a"), makeElement("b"), makeElement("c")],
  getElementsByClassName: function (name) { return this.elements; }
};

var elems = document.getElementsByClassName("myClass"), i;

for (i = 0; i < elems.length; i++) {
  elems[i].addEventListener("click", function () {
    this.innerHTML = i;
  });
}

elems[0].click();
elems[2].click();
console.log(elems[0].innerHTML, elems[1].innerHTML, elems[2].innerHTML);

// expect: 3  3
