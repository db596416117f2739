console.log(["😀", "é", "日本"], "😀".length, { emoji: "🎉" });
console.log(["日本語", "日本語", "日本語", "日本語", "日本語", "日本語", "日本語"]);

// expect: [ '😀', 'é', '日本' ] 2 { emoji: '🎉' }
// expect: [
// expect:   '日本語', '日本語',
// expect:   '日本語', '日本語',
// expect:   '日本語', '日本語',
// expect:   '日本語'
// expect: ]
