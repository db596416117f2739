const w = new String("hi");
console.log(typeof w, typeof "hi", w.length, w[1], Object.keys(w).join(), w instanceof String, "hi" instanceof String);

// expect: object string 2 i 0,1 true false
