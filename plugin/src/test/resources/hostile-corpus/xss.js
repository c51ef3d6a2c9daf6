alert("xss.js")
