console.log("héllo wörld", "日本語", "emoji: 😀🎉", "ß".toUpperCase(), "İ".toLowerCase().length);

// expect: héllo wörld 日本語 emoji: 😀🎉 SS 2
