const req = require('module').createRequire(process.argv[2] + '/');
const minimist = req('minimist');
console.log(JSON.stringify(minimist(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz'])));
console.log(JSON.stringify(minimist(['--no-color', '--name', 'x', '--', '--raw'], { boolean: ['color'], '--': true })));
console.log(JSON.stringify(minimist(['-v', '-v', '--num', '007'], { string: ['num'], alias: { v: 'verbose' } })));
