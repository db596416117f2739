// The read-only assignment TypeError names its object as V8 does: a function by its source text,
// an array as [object Array] (one definition: object_operations.throw_read_only).
'use strict';
function f(){ return 1 }
Object.defineProperty(f,'y',{value:1}); try { f.y=2 } catch(e) { console.log(e.message) }
class C { m(){} } Object.defineProperty(C,'y',{value:1}); try { C.y=2 } catch(e) { console.log(e.message) }
try { Object.defineProperty([], 'length', {value:1, writable:false}).length = 3 } catch(e) { console.log(e.message) }
const o=Object.freeze({a:1}); try { o.a=2 } catch(e) { console.log(e.message) }
try { Math.max.name = 'x' } catch(e) { console.log(e.message) }
try { (function () {}).bind().name = 'x' } catch(e) { console.log(e.message) }
var g = Function('return 1'); try { g.caller = 1 } catch(e) { console.log(e.message) }
