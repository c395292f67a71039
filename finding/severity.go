package finding

import (
	"strconv"
	"strings"
	"sync"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// Severity says how much a finding matters. The zero value, NoSeverity,
// means not given.
type Severity uint8

const (
	// NoSeverity is the zero Severity: not given.
	NoSeverity Severity = iota
	// Error (錯誤) is a rule broken or a figure wrong: the document must be
	// corrected.
	Error
	// Warning (警告) needs a look: the document may be right, but
	// something changed under it or does not fit.
	Warning
	// Notice (注意) is for information: something could not be checked,
	// or is worth knowing.
	Notice
)

var severityNames = [...]string{"", "錯誤", "警告", "注意"}

var severityIDs = [...]string{"", "error", "warning", "notice"}

// severityCodes are the message codes of the severities' labels.
var severityCodes = [...]string{"", "finding.severity.error", "finding.severity.warning", "finding.severity.notice"}

// String returns 錯誤, 警告 or 注意, "" for NoSeverity, and
// Severity(N) for a value out of range.
func (s Severity) String() string {
	if s.IsValid() {
		return severityNames[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// IsValid reports whether s is NoSeverity or one of the defined
// severities.
func (s Severity) IsValid() bool { return int(s) < len(severityNames) }

// AppendText appends the severity's String to b. It fails with
// [ErrRange] for an invalid severity.
func (s Severity) AppendText(b []byte) ([]byte, error) {
	if !s.IsValid() {
		return b, perr("Severity.AppendText", strconv.Itoa(int(s)), ErrRange, "finding.range.severity")
	}
	return append(b, severityNames[s]...), nil
}

// MarshalText returns the severity's String.
func (s Severity) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText reads a severity as [ParseSeverity] does.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity reads 錯誤, 警告 or 注意, the English ids error, warning
// and notice (in any case), and "" as NoSeverity.
func ParseSeverity(s string) (Severity, error) {
	t := strings.TrimSpace(s)
	for i := range severityNames {
		if t == severityNames[i] || strings.EqualFold(t, severityIDs[i]) {
			return Severity(i), nil
		}
	}
	return NoSeverity, perr("ParseSeverity", s, ErrSyntax, "finding.syntax.severity")
}

// Message returns the severity in the language nearest to t: 錯誤, 警告
// or 注意 in Chinese (as String), error, warning or notice in English; ""
// for NoSeverity.
func (s Severity) Message(t language.Tag) string {
	if !s.IsValid() || s == NoSeverity {
		return s.String()
	}
	return i18n.Text(t, severityCodes[s])
}

// leads holds, per language (Chinese, English) and valid severity, the
// severity's word and the separator after it, formatted once.
var leads struct {
	once sync.Once
	text [2][len(severityNames)]string
}

// Lead returns the severity as a finding's line begins with it, in the
// language nearest to t: 錯誤： in Chinese, error: (with its space) in
// English; for NoSeverity the separator alone, for an invalid severity
// its String and the separator. Each package's findings put it before
// their detail.
func (s Severity) Lead(t language.Tag) string {
	leads.once.Do(func() {
		for i, tag := range [2]language.Tag{Chinese, English} {
			for v := range severityNames {
				leads.text[i][v] = i18n.Sprintf(tag, "finding.severity.lead", Severity(v).Message(tag))
			}
		}
	})
	if !s.IsValid() {
		return i18n.Sprintf(t, "finding.severity.lead", s.String())
	}
	i := 0
	if i18n.Match(t) == English {
		i = 1
	}
	return leads.text[i][s]
}
