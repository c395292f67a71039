package finding

import "golang.org/x/text/language"

// The languages every finding and error can be told in: Traditional
// Chinese as used in Taiwan (the default, in 公文 wording) and English.
// Pass either, or any tag (a request's Accept-Language), to a finding's
// Message method: a tag is matched to the nearer of the two, and anything
// that is not English reads Chinese.
var (
	Chinese = language.MustParse("zh-Hant-TW")
	English = language.English
)
