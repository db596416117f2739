// validator: lib/ with one file per validator, loaded through index.js
const req = require('module').createRequire(process.argv[2] + '/');
const validator = req('validator');
console.log(validator.isEmail('foo@bar.com'), validator.isEmail('foo@bar'), validator.isURL('https://example.com/a?b=1'));
console.log(validator.isIP('192.168.0.1'), validator.isIP('::1', 6), validator.isUUID('a8098c1a-f86e-11da-bd1a-00112444be1e'));
console.log(validator.escape('<a href="x">&</a>'), validator.isISO8601('2024-02-29'), validator.isCreditCard('4111111111111111'));
console.log(validator.normalizeEmail('Foo.Bar+x@GMail.com'), validator.isJSON('{"a":1}'), validator.toInt('42'));
