package i18n

import (
	"strconv"
	"strings"
)

// Load registers the messages of a catalog file, as a package embeds it
// (messages.txt): each message is its code on a line of its own, then its
// Chinese and its English on the next two lines, each after one tab (a
// space after the tab is the message's own, as in " (row %s)"). Blank
// lines and lines beginning with # are passed over. A package calls it
// once, while its variables are initialised; a malformed file panics, as
// [Register] does, when the package loads.
func Load(file string) bool {
	var msgs []Message
	lines := strings.Split(file, "\n")
	for i := 0; i < len(lines); i++ {
		code := strings.TrimSuffix(lines[i], "\r")
		if code == "" || code[0] == '#' {
			continue
		}
		if code[0] == '\t' || strings.ContainsAny(code, " \t") {
			panic("i18n: line " + strconv.Itoa(i+1) + ": a message's text without its code, or a code with a space: " + strconv.Quote(code))
		}
		var text [2]string
		for k := range text {
			i++
			if i >= len(lines) || !strings.HasPrefix(lines[i], "\t") {
				panic("i18n: line " + strconv.Itoa(i+1) + ": " + code + " needs a Chinese and an English line, each after a tab")
			}
			text[k] = strings.TrimSuffix(lines[i][1:], "\r")
		}
		msgs = append(msgs, Message{Code: code, Chinese: text[0], English: text[1]})
	}
	return Register(msgs...)
}
