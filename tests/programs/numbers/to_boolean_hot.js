// ToBoolean of every kind of value in conditions, !, || and &&, hot enough for the tier.
var vals = [0, -0, NaN, 1, -1, 0.5, Infinity, "", "a", null, undefined, true, false, {}, [], 0n, 1n];
var out = "";
for (var r = 0; r < 100; r++) { out = ""; for (var i = 0; i < vals.length; i++) { var v = vals[i]; out += (v ? "T" : "F") + (!v ? "t" : "f") + (v || "o") + (v && "a") + ","; } }
console.log(out);

// expect: Fto0,Fto0,FtoNaN,Tf1a,Tf-1a,Tf0.5a,TfInfinitya,Fto,Tfaa,Ftonull,Ftoundefined,Tftruea,Ftofalse,Tf[object Object]a,Tfa,Fto0,Tf1a,
