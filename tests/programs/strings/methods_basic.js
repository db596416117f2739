const s = "Hello, World";
console.log(s.toUpperCase(), s.toLowerCase(), s.indexOf("o"), s.lastIndexOf("o"), s.includes("World"));
console.log(s.slice(-5), s.substring(7, 3), s.substr(1, 3), s.charAt(4), s.at(0), s[100]);
console.log(s.startsWith("Hell"), s.endsWith("ld"), s.replace("l", "L"), s.replaceAll("l", "L"));

// expect: HELLO, WORLD hello, world 4 8 true
// expect: World lo,  ell o H undefined
// expect: true true HeLlo, World HeLLo, WorLd
