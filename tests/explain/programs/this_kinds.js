"use strict";
const o = {
  m() { return this === o; },
  arrow() { return (() => this === o)(); },
};
function plain() { return this; }
function Point(x) { this.x = x; }
o.m();
o.arrow();
plain();
plain.call(o);
plain.bind(o)();
new Point(1);
[1].map(function cb() { return this; }, o);
