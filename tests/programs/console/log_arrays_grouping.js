console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(Array.from({ length: 12 }, (_, i) => "w" + "o".repeat(i)));
console.log(new Array(3), [1, , 3], Array.from({ length: 101 }, () => 0).length);

// expect: [
// expect:    0,  3,  6,  9, 12, 15, 18, 21, 24,
// expect:   27, 30, 33, 36, 39, 42, 45, 48, 51,
// expect:   54, 57, 60, 63, 66, 69, 72, 75, 78,
// expect:   81, 84, 87
// expect: ]
// expect: [
// expect:   'w',           'wo',
// expect:   'woo',         'wooo',
// expect:   'woooo',       'wooooo',
// expect:   'woooooo',     'wooooooo',
// expect:   'woooooooo',   'wooooooooo',
// expect:   'woooooooooo', 'wooooooooooo'
// expect: ]
// expect: [ <3 empty items> ] [ 1, <1 empty item>, 3 ] 101
