const key = "k", n = 2;
const o = { key, [key + n]: "computed", [`t${n}`]: true, "quoted-key": 1, 3: "num", f() { return "m"; } };
console.log(o.key, o.k2, o.t2, o["quoted-key"], o[3], o.f(), Object.keys(o).join());

// expect: k computed true 1 num m 3,key,k2,t2,quoted-key,f
