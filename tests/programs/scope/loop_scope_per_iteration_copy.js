const fs = [];
for (let i = 0; i < 3; i++) {
  fs.push(() => i);
}
let i = 100;
console.log(fs.map(f => f()).join(), i);

// expect: 0,1,2 100
