// qs: several files plus dependencies (side-channel, get-intrinsic, object-inspect, ...)
const req = require('module').createRequire(process.argv[2] + '/');
const qs = req('qs');
console.log(JSON.stringify(qs.parse('a[b][c]=d&e[]=1&e[]=2&f=%20x')));
console.log(qs.stringify({ a: { b: [1, 2], c: 'x y' }, d: null }));
console.log(qs.stringify({ a: ['b', 'c'] }, { arrayFormat: 'brackets', encode: false }));
console.log(JSON.stringify(qs.parse('a.b=c', { allowDots: true })), JSON.stringify(qs.parse('?x=1', { ignoreQueryPrefix: true })));
