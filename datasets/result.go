package datasets

import "github.com/ogdtw/governance/internal/resultjson"

// Each result writes its JSON with its code, severity, verdict and
// message in Chinese first, then its fields by their tags; encoding/json
// reads it back by the tags, the message following from the fields.

// MarshalJSON writes the check as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (k RankCheck) MarshalJSON() ([]byte, error) {
	type fields RankCheck
	return resultjson.Marshal(k, fields(k))
}

// MarshalJSON writes the finding as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (f DelistingFinding) MarshalJSON() ([]byte, error) {
	type fields DelistingFinding
	return resultjson.Marshal(f, fields(f))
}

// MarshalJSON writes the finding as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (f RankFinding) MarshalJSON() ([]byte, error) {
	type fields RankFinding
	return resultjson.Marshal(f, fields(f))
}

// MarshalJSON writes the finding as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (f SeriesFinding) MarshalJSON() ([]byte, error) {
	type fields SeriesFinding
	return resultjson.Marshal(f, fields(f))
}

// MarshalJSON writes the finding as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (f TableFinding) MarshalJSON() ([]byte, error) {
	type fields TableFinding
	return resultjson.Marshal(f, fields(f))
}

// MarshalJSON writes the check as every result of the library writes
// itself: code, severity, verdict and message first, then its findings,
// the lines that agree, the series points matched and its checks.
func (c TableCheck) MarshalJSON() ([]byte, error) {
	type fields TableCheck
	return resultjson.Marshal(c, fields(c))
}

// MarshalJSON writes the check as every result of the library writes
// itself: code, severity, verdict and message first, then the number of
// printed ranks checked and its findings.
func (c PrintedRankCheck) MarshalJSON() ([]byte, error) {
	type fields PrintedRankCheck
	return resultjson.Marshal(c, fields(c))
}

// MarshalJSON writes the refusal as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (r Refusal) MarshalJSON() ([]byte, error) {
	type fields Refusal
	return resultjson.Marshal(r, fields(r))
}

// MarshalJSON writes the review as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (r DelistingReview) MarshalJSON() ([]byte, error) {
	type fields DelistingReview
	return resultjson.Marshal(r, fields(r))
}

// MarshalJSON writes the ranking as every result of the library writes
// itself: code, severity, verdict and message first, then its fields.
func (r MinistryRanking) MarshalJSON() ([]byte, error) {
	type fields MinistryRanking
	return resultjson.Marshal(r, fields(r))
}
