// yargs-parser@21: build/index.cjs through package.json "exports" (require condition)
const req = require('module').createRequire(process.argv[2] + '/');
const parser = req('yargs-parser');
console.log(JSON.stringify(parser(['--foo', '33', '--bar.baz', 'x', '-abc', 'pos'])));
console.log(JSON.stringify(parser('--no-debug --list a --list b -n 5', { array: ['list'], number: ['n'] })));
const detailed = parser.detailed(['--camel-case', 'v'], { configuration: { 'camel-case-expansion': true } });
console.log(JSON.stringify(detailed.argv), detailed.error);
