// Package finding holds what the findings of every package share: their
// [Severity].
//
// A finding is what a check says of a document: a 丙類 record without its
// legal grounds (inventory), a printed total the figures do not add up to
// (requests), an increase that does not check (datasets), an event the
// lifecycle refuses (actions). Findings are values, not errors: each
// package's finding type has a Severity, a stable Code that services
// switch on (inventory.closed-needs-grounds), what it concerns, and the
// figures involved as Printed (what a document printed) and Computed.
package finding
