try { JSON.parse("{bad json}"); } catch (e) { console.log(e.name); }
try { JSON.parse(""); } catch (e) { console.log(e.name); }

// expect: SyntaxError
// expect: SyntaxError
