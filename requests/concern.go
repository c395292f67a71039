package requests

import (
	"strings"

	"golang.org/x/text/language"
)

// Concern is what a request raises under 政府資料開放諮詢小組設置要點第10點,
// which decides its [Route]. The zero Concern, [NoConcern], means that
// none of the three issues is raised, or that none was given: such a
// request gets the quarterly review alone.
type Concern uint8

const (
	// NoConcern is a request that raises none of the three issues of 第10點:
	// it is only reviewed each quarter with the others.
	NoConcern Concern = iota
	// OwnRegulation is a doubt about the ministry's own regulations
	// (涉機關主管法規疑義).
	OwnRegulation
	// ProcessOrSystem is a problem of a business process or an information
	// system (涉機關業務流程或資訊系統問題).
	ProcessOrSystem
	// CrossMinistry is a doubt about regulations of several ministries
	// (涉跨部會法規疑義).
	CrossMinistry
)

var concernLabels = [...]string{"無", "主管法規疑義", "業務流程或資訊系統問題", "跨部會法規疑義"}

var concernNames = [...]string{"none", "own-regulation", "process-or-system", "cross-ministry"}

// IsValid reports whether c is one of the four concerns, [NoConcern]
// included.
func (c Concern) IsValid() bool { return c <= CrossMinistry }

// String returns the concern's Chinese label: 無, 主管法規疑義,
// 業務流程或資訊系統問題 or 跨部會法規疑義; an invalid value is "Concern(N)".
func (c Concern) String() string {
	if c.IsValid() {
		return concernLabels[c]
	}
	return "Concern(" + itoa(int(c)) + ")"
}

// Message returns the concern's label in the language nearest to t:
// 主管法規疑義, or doubt about the ministry's own regulations in English;
// an invalid value is its String.
func (c Concern) Message(t language.Tag) string {
	return label(t, "requests.concern.", c.Name(), c.String())
}

// Name returns the concern's English identifier: none, own-regulation,
// process-or-system or cross-ministry; empty for an invalid value.
func (c Concern) Name() string {
	if c.IsValid() {
		return concernNames[c]
	}
	return ""
}

// AppendText appends the concern's String to b. It fails with [ErrRange]
// for an invalid concern.
func (c Concern) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, rangeError("Concern", int(c), "requests.syntax.concern")
	}
	return append(b, concernLabels[c]...), nil
}

// MarshalText returns the concern's String: 主管法規疑義.
func (c Concern) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText reads a concern as [ParseConcern] does.
func (c *Concern) UnmarshalText(b []byte) error {
	v, err := ParseConcern(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

var concernVariants = map[string]Concern{
	"":            NoConcern,
	"無":           NoConcern,
	"-":           NoConcern,
	"否":           NoConcern,
	"無涉":          NoConcern,
	"一般":          NoConcern,
	"一般需求":        NoConcern,
	"主管法規疑義":      OwnRegulation,
	"機關主管法規疑義":    OwnRegulation,
	"涉機關主管法規疑義":   OwnRegulation,
	"本部主管法規疑義":    OwnRegulation,
	"法規疑義":        OwnRegulation,
	"主管法規":        OwnRegulation,
	"業務流程或資訊系統問題": ProcessOrSystem,
	"機關業務流程或資訊系統問題":  ProcessOrSystem,
	"涉機關業務流程或資訊系統問題": ProcessOrSystem,
	"業務流程問題":         ProcessOrSystem,
	"資訊系統問題":         ProcessOrSystem,
	"業務流程":           ProcessOrSystem,
	"資訊系統":           ProcessOrSystem,
	"流程或系統問題":        ProcessOrSystem,
	"業務流程/資訊系統":      ProcessOrSystem,
	"跨部會法規疑義":        CrossMinistry,
	"涉跨部會法規疑義":       CrossMinistry,
	"跨部會":            CrossMinistry,
	"跨機關法規疑義":        CrossMinistry,
}

// ParseConcern reads a concern from its Chinese label (主管法規疑義), the
// wording of 第10點 (涉機關業務流程或資訊系統問題), a shorter variant (法規疑義,
// 資訊系統, 跨部會), its English identifier, or its route: the action
// 第10點 requires (排定改善期程，定期追蹤列管, with or without 應), the whole
// clause ([Route.Wording]), the route's String or its identifier
// (improvement-schedule): whatever [ParseRoute] reads.
// Empty text, 無 and "-" are [NoConcern].
func ParseConcern(s string) (Concern, error) {
	key := strings.TrimSuffix(normalizeLabel(s), "者")
	if c, ok := concernVariants[key]; ok {
		return c, nil
	}
	en := englishID(s)
	for c := NoConcern; c <= CrossMinistry; c++ {
		if en == concernNames[c] {
			return c, nil
		}
	}
	if r, ok := routeOf(s); ok {
		return r.concern(), nil
	}
	return NoConcern, perr("ParseConcern", s, ErrSyntax, "requests.syntax.concern")
}

// Route returns the action 設置要點第10點 requires for a request raising c.
func (c Concern) Route() Route {
	switch c {
	case OwnRegulation:
		return LegalReview
	case ProcessOrSystem:
		return ImprovementSchedule
	case CrossMinistry:
		return ReferToExecutiveYuan
	}
	return QuarterlyReview
}
