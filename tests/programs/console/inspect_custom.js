// util.inspect.custom: an object's [Symbol.for('nodejs.util.inspect.custom')] speaks for it
const custom = Symbol.for('nodejs.util.inspect.custom');
class Money {
  constructor(n) { this.n = n; }
  [custom](depth, options, inspect) { return `Money<${this.n}> depth=${depth} ${typeof options.stylize} ${typeof inspect}`; }
}
console.log(new Money(5));
console.log([new Money(1), {nested: new Money(2)}]);
const replaced = { [custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(replaced);
const self = { a: 1, [custom]() { return this; } };
console.log(self);
const multi = { inner: { [custom]() { return 'line1\nline2'; } } };
console.log(multi);
console.log(Money.prototype.constructor === Money, typeof Money.prototype[custom]);

// expect: Money<5> depth=2 function function
// expect: [
// expect:   Money<1> depth=1 function function,
// expect:   { nested: Money<2> depth=0 function function }
// expect: ]
// expect: { replaced: true, list: [ 1, 2 ] }
// expect: {
// expect:   a: 1,
// expect:   [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]
// expect: }
// expect: {
// expect:   inner: line1
// expect:   line2
// expect: }
// expect: true function
