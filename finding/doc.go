// Package finding holds what the findings of every package share: their
// [Severity], and the [Verdict] of a check (符合, 不符, 無法查核).
//
// A finding is what a check says of a document: a 丙類 record without its
// legal grounds (inventory), a printed total the figures do not add up to
// (requests), an increase that does not check (datasets), an event the
// lifecycle refuses (actions). Findings are values, not errors: each
// package's finding type has a Severity, a stable Code that services
// switch on (inventory.closed-needs-grounds), what it concerns, and the
// figures involved as Printed (what a document printed) and Computed.
//
// A check that could not be made because its data is absent is neither
// passed nor failed: its verdict is [Unchecked] (無法查核), and a report
// counts it apart.
package finding
