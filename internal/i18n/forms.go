package i18n

// Forms are the Details a package writes into its parse errors, as
// messages whose English format is the Detail itself: a package writes
// a Detail with Sprintf(English, code, args...) and reads it back to its
// code and values with [Forms.Match], so that its message in Chinese
// comes from the catalog.
type Forms []Message

// Register registers every form; see [Register].
func (fs Forms) Register() bool { return Register(fs...) }

// Match returns the code of the form detail is written in and the values
// at its verbs ([MatchForm]), or "" for a detail of no form.
func (fs Forms) Match(detail string) (string, []any) {
	if detail == "" {
		return "", nil
	}
	for _, f := range fs {
		if args, ok := MatchForm(f.English, detail); ok {
			return f.Code, args
		}
	}
	return "", nil
}
