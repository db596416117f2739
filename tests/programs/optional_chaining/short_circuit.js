let count = 0;
const n = null;
n?.a[count++];
n?.[count++];
n?.a(count++);
console.log(count);

// expect: 0
