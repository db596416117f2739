try { throw 1; } catch { console.log("optional catch binding"); }

// expect: optional catch binding
