const v = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041","d":1e2,"e":-0.5,"f":true}');
console.log(v.a.length, v.a[2].b, v.c, v.d, v.e, v.f);
console.log(JSON.parse("1"), JSON.parse('"str"'), JSON.parse(" [ ] ").length);

// expect: 3 null A 100 -0.5 true
// expect: 1 str 0
