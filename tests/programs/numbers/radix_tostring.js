console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8));
console.log(parseInt("ff", 16), parseInt("0x1A"), parseInt("101", 2), parseInt("z", 36), parseInt(""), parseFloat("3.14abc"));

// expect: ff 11111111 -73 0.1 3.6
// expect: 255 26 5 35 NaN 3.14
