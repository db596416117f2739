const arr = [1, 2, 3];
Object.defineProperty(arr, 1, { get() { return "computed"; } });
console.log(arr[1], arr.length, arr.join("|"));

// expect: computed 3 1|computed|3
