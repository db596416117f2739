// Function.prototype.toString of methods: a static method's [[SourceText]] starts after 'static'
// and its comments (ClassElement : static MethodDefinition), in lazy and eager parsing alike.
class F { static /* before */f /* a */ ( /* b */ ) /* c */ { /* d */ }/* after */ }
class G { static /* before */[ /* a */ "g" /* b */ ] /* c */ ( /* d */ ) /* e */ { /* f */ }/* after */ }
class H { static/* x */async /* a */ * /* b */ h /* c */ ( /* d */ ) /* e */ { /* f */ } static get /* q */ k() {} m() {} static() {} static static() {} }
console.log(F.f.toString()); console.log(G.g.toString()); console.log(H.h.toString());
console.log(Object.getOwnPropertyDescriptor(H, 'k').get.toString(), H.prototype.m.toString(), H.static.toString());
const o = { /* c */ m() {}, get /* g */ x() { return 1; } }; console.log(o.m.toString(), Object.getOwnPropertyDescriptor(o, 'x').get.toString());
