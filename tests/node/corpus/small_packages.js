// escape-string-regexp@4, deepmerge, classnames (index + dedupe + bind), is-number
const req = require('module').createRequire(process.argv[2] + '/');
const escape = req('escape-string-regexp');
const merge = req('deepmerge');
const classNames = req('classnames');
const dedupe = req('classnames/dedupe');
const isNumber = req('is-number');
console.log(escape('How much $ for a 🦄? (1.5*)'), new RegExp(escape('a.b')).test('axb'));
console.log(JSON.stringify(merge({ a: [1], b: { c: 1 } }, { a: [2], b: { d: 2 } })), JSON.stringify(merge.all([{ x: 1 }, { y: 2 }, { x: 3 }])));
console.log(classNames('a', { b: true, c: false }, ['d', ['e']]), dedupe('a b', { a: false }, 'c'));
console.log(isNumber(5), isNumber('5.5'), isNumber(''), isNumber('abc'), isNumber(Infinity));
