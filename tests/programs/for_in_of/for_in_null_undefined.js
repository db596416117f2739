let n = 0;
for (const k in null) n++;
for (const k in undefined) n++;
for (const k in "ab") n++;
console.log(n);

// expect: 2
